package org.assetatlas.model;

/**
 * A WGS84 position in decimal degrees.
 *
 * @param lat latitude, -90..90
 * @param lon longitude, -180..180
 */
public record GeoPoint(double lat, double lon) {

    /** A generous box around the United Kingdom, Channel Islands and Isle of Man included. */
    public static final double UK_MIN_LAT = 49.0;
    public static final double UK_MAX_LAT = 61.0;
    public static final double UK_MIN_LON = -8.8;
    public static final double UK_MAX_LON = 2.0;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("Coordinates out of range: " + lat + ", " + lon);
        }
    }

    /** Whether the point lies in the box around the UK. */
    public boolean inUk() {
        return lat >= UK_MIN_LAT && lat <= UK_MAX_LAT && lon >= UK_MIN_LON && lon <= UK_MAX_LON;
    }
}
