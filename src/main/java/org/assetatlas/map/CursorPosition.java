package org.assetatlas.map;

import java.util.Locale;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.model.GeoPoint;

/** The text shown for the position under the pointer: WGS84 degrees and, inside Great Britain, the National Grid. */
public final class CursorPosition {

    private CursorPosition() {
    }

    /**
     * E.g. {@code 51.88912° N  0.90420° E   TL 99512 25012 (599512, 225012)}; the grid part is left out where the
     * position is off the British National Grid.
     */
    public static String describe(double lon, double lat) {
        String wgs = String.format(Locale.ROOT, "%.5f° %s  %.5f° %s", Math.abs(lat), lat >= 0 ? "N" : "S",
                Math.abs(lon), lon >= 0 ? "E" : "W");
        if (lat < 49 || lat > 61.5 || lon < -9 || lon > 2.5) {
            return wgs;
        }
        double[] en = BritishNationalGrid.fromWgs84(new GeoPoint(lat, lon));
        if (!(en[0] >= 0 && en[0] < 700_000 && en[1] >= 0 && en[1] < 1_300_000)) {
            return wgs;
        }
        return wgs + "   BNG " + gridReference(en[0], en[1])
                + String.format(Locale.ROOT, " (%.0f, %.0f)", en[0], en[1]);
    }

    /** The Ordnance Survey grid reference to 1 m, e.g. {@code TL 99512 25012}. */
    public static String gridReference(double easting, double northing) {
        int e = (int) Math.floor(easting);
        int n = (int) Math.floor(northing);
        int e100 = e / 100_000;
        int n100 = n / 100_000;
        // the 500 km letter, then the 100 km letter, on the 5 × 5 grids that skip I
        int l1 = (19 - n100) - (19 - n100) % 5 + (e100 + 10) / 5;
        int l2 = (19 - n100) * 5 % 25 + e100 % 5;
        return String.format(Locale.ROOT, "%c%c %05d %05d", letter(l1), letter(l2), e % 100_000, n % 100_000);
    }

    private static char letter(int i) {
        return (char) ('A' + (i > 7 ? i + 1 : i));
    }
}
