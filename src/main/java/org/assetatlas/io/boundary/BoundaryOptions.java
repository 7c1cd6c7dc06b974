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
 * @param epsg         the coordinate system to read the file in, overriding what the file says (for a shapefile
 *                     without its {@code .prj}, say); null to take it from the file or, failing that, its coordinates
 */
public record BoundaryOptions(long maxFileBytes, double farAwayKm, String layer, Integer epsg) {

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
        if (epsg != null && epsg <= 0) {
            throw new IllegalArgumentException("An EPSG code is a positive number");
        }
    }

    /** The defaults: 200 MB, 1,000 km, the first layer. */
    public static BoundaryOptions defaults() {
        return new BoundaryOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_FAR_AWAY_KM, null, null);
    }

    /** These options with another size limit. */
    public BoundaryOptions withMaxFileBytes(long bytes) {
        return new BoundaryOptions(bytes, farAwayKm, layer, epsg);
    }

    /** These options reading another layer. */
    public BoundaryOptions withLayer(String name) {
        return new BoundaryOptions(maxFileBytes, farAwayKm, name, epsg);
    }

    /** These options reading the file in the given coordinate system (an EPSG code), or as the file says (null). */
    public BoundaryOptions withEpsg(Integer code) {
        return new BoundaryOptions(maxFileBytes, farAwayKm, layer, code);
    }
}
