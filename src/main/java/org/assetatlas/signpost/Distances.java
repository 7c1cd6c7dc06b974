package org.assetatlas.signpost;

import java.util.Locale;
import org.assetatlas.model.GeoPoint;

/** Distances between points on the ground, and how to say them to a resident. */
public final class Distances {

    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double METRES_PER_MILE = 1609.344;
    /** An easy walking pace: 4.5 km/h. */
    private static final double WALK_METRES_PER_MINUTE = 75;

    private Distances() {
    }

    /** Great-circle distance in metres (haversine). */
    public static double metres(GeoPoint a, GeoPoint b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The distance in words, in miles as residents use them: "0.3 miles", "1 mile", "12 miles"; under a tenth of
     * a mile, "under 0.1 miles". Empty for NaN.
     */
    public static String words(double metres) {
        if (Double.isNaN(metres)) {
            return "";
        }
        double miles = metres / METRES_PER_MILE;
        if (miles < 0.1) {
            return "under 0.1 miles";
        }
        if (miles < 10) {
            String v = String.format(Locale.UK, "%.1f", miles);
            return v.equals("1.0") ? "1 mile" : v + " miles";
        }
        return String.format(Locale.UK, "%.0f miles", miles);
    }

    /** About how long the straight line takes to walk, e.g. "about 10 minutes' walk"; empty beyond 40 minutes. */
    public static String walk(double metres) {
        if (Double.isNaN(metres)) {
            return "";
        }
        long minutes = Math.max(1, Math.round(metres / WALK_METRES_PER_MINUTE / 5) * 5);
        if (metres / WALK_METRES_PER_MINUTE < 5) {
            minutes = Math.max(1, Math.round(metres / WALK_METRES_PER_MINUTE));
        }
        if (minutes > 40) {
            return "";
        }
        return "about " + minutes + (minutes == 1 ? " minute's" : " minutes'") + " walk";
    }
}
