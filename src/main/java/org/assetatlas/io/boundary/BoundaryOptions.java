package org.assetatlas.io.boundary;

/**
 * How a boundary file is read.
 *
 * @param maxFileBytes the largest file accepted, in bytes (for a shapefile: its .shp and .dbf together; for a zip:
 *                     what it holds once unpacked)
 * @param farAwayKm    a feature whose centre is further than this from the middle of the others is reported as a
 *                     likely projection mistake
 * @param layer        which layer to read from a GeoPackage, or which shapefile (by name, without extension) from a
 *                     zip holding several; null for the first
 */
public record BoundaryOptions(long maxFileBytes, double farAwayKm, String layer) {

    /** The default size limit: 200 MB, far more than the boundaries of any partnership's areas. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** The default distance beyond which a feature is reported as far from the others. */
    public static final double DEFAULT_FAR_AWAY_KM = 1000;

    /** Checks the values. */
    public BoundaryOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
        if (!(farAwayKm > 0)) {
            throw new IllegalArgumentException("farAwayKm must be positive");
        }
    }

    /** The defaults: 200 MB, 1,000 km, the first layer. */
    public static BoundaryOptions defaults() {
        return new BoundaryOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_FAR_AWAY_KM, null);
    }

    /** These options with another size limit. */
    public BoundaryOptions withMaxFileBytes(long bytes) {
        return new BoundaryOptions(bytes, farAwayKm, layer);
    }

    /** These options reading another layer. */
    public BoundaryOptions withLayer(String name) {
        return new BoundaryOptions(maxFileBytes, farAwayKm, name);
    }
}
