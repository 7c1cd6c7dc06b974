package org.assetatlas.geo;

import org.assetatlas.model.GeoPoint;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts between British National Grid (EPSG:27700, metres) and WGS84 (EPSG:4326, degrees).
 *
 * <p>Proj4J applies the published 7-parameter Helmert transformation rather than the OSTN15 grid, so positions
 * agree with Ordnance Survey's to a few metres: ample for community assets, not for surveying. Thread-safe: each
 * thread gets its own transforms, since Proj4J's are not.
 */
public final class BritishNationalGrid {

    private static final ThreadLocal<CoordinateTransform[]> TRANSFORMS = ThreadLocal.withInitial(() -> {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem bng = crs.createFromName("EPSG:27700");
        CoordinateReferenceSystem wgs84 = crs.createFromName("EPSG:4326");
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        return new CoordinateTransform[] {f.createTransform(bng, wgs84), f.createTransform(wgs84, bng)};
    });

    private BritishNationalGrid() {
    }

    /**
     * The WGS84 position of a grid reference.
     *
     * @throws IllegalArgumentException when the easting or northing lies outside the grid (0–700 km, 0–1300 km)
     */
    public static GeoPoint toWgs84(double easting, double northing) {
        if (!(easting >= 0 && easting <= 700_000) || !(northing >= 0 && northing <= 1_300_000)) {
            throw new IllegalArgumentException("Easting/northing " + easting + ", " + northing
                    + " is outside the British National Grid");
        }
        ProjCoordinate out = new ProjCoordinate();
        TRANSFORMS.get()[0].transform(new ProjCoordinate(easting, northing), out);
        return new GeoPoint(out.y, out.x);
    }

    /** The grid reference of a WGS84 position, as {easting, northing} in metres. */
    public static double[] fromWgs84(GeoPoint p) {
        ProjCoordinate out = new ProjCoordinate();
        TRANSFORMS.get()[1].transform(new ProjCoordinate(p.lon(), p.lat()), out);
        return new double[] {out.x, out.y};
    }
}
