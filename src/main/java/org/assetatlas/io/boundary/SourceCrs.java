package org.assetatlas.io.boundary;

/**
 * The coordinate system a boundary file was in, and how that was found.
 *
 * @param epsg        its EPSG code, e.g. 27700 for British National Grid, 4326 for WGS84
 * @param name        its name, e.g. "British National Grid"
 * @param assumed     true when the file did not say and the coordinates were used to decide
 * @param description plain English for the user, e.g. "British National Grid (EPSG:27700), from the .prj file" or
 *                    "assumed British National Grid (EPSG:27700): …"
 */
public record SourceCrs(int epsg, String name, boolean assumed, String description) {

    /** EPSG code of British National Grid. */
    public static final int BRITISH_NATIONAL_GRID = 27700;
    /** EPSG code of WGS84 longitude/latitude. */
    public static final int WGS84 = 4326;

    /** A well-known name for a code, or "EPSG:code". */
    static String nameOf(int epsg) {
        return switch (epsg) {
            case BRITISH_NATIONAL_GRID -> "British National Grid";
            case WGS84 -> "WGS84 longitude/latitude";
            case 4258 -> "ETRS89 longitude/latitude";
            case 4277 -> "OSGB36 longitude/latitude";
            case 3857 -> "Web Mercator";
            case 2157 -> "Irish Transverse Mercator";
            case 29903 -> "Irish Grid";
            default -> "EPSG:" + epsg;
        };
    }

    /** A coordinate system the file named. */
    static SourceCrs stated(int epsg, String where) {
        return new SourceCrs(epsg, nameOf(epsg), false, nameOf(epsg) + " (EPSG:" + epsg + "), " + where);
    }

    /** A coordinate system decided from the coordinates or a format's default. */
    static SourceCrs assumed(int epsg, String why) {
        return new SourceCrs(epsg, nameOf(epsg), true, "assumed " + nameOf(epsg) + " (EPSG:" + epsg + "): " + why);
    }

    @Override
    public String toString() {
        return description;
    }
}
