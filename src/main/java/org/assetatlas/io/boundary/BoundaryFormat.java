package org.assetatlas.io.boundary;

import java.nio.file.Path;
import java.util.Locale;

/** The boundary file formats that can be read, told apart by the file's extension. */
public enum BoundaryFormat {
    /** GeoJSON FeatureCollection ({@code .geojson}, {@code .json}). */
    GEOJSON("GeoJSON"),
    /** OGC GeoPackage ({@code .gpkg}). */
    GEOPACKAGE("GeoPackage"),
    /** ESRI Shapefile, given as the {@code .shp} or as a {@code .zip} holding it. */
    SHAPEFILE("ESRI Shapefile"),
    /** Keyhole Markup Language ({@code .kml}). */
    KML("KML");

    private final String label;

    BoundaryFormat(String label) {
        this.label = label;
    }

    /** The name to show the user. */
    public String label() {
        return label;
    }

    /**
     * The format of a file from its extension.
     *
     * @throws BoundaryFileException when the extension is not one of the supported formats
     */
    public static BoundaryFormat of(Path file) throws BoundaryFileException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GEOJSON;
        }
        if (name.endsWith(".gpkg")) {
            return GEOPACKAGE;
        }
        if (name.endsWith(".shp") || name.endsWith(".zip")) {
            return SHAPEFILE;
        }
        if (name.endsWith(".kml")) {
            return KML;
        }
        throw new BoundaryFileException("\"" + file.getFileName() + "\" is not a boundary file this app can read. "
                + "Use GeoJSON (.geojson), GeoPackage (.gpkg), an ESRI Shapefile (.shp, or a .zip holding the .shp, "
                + ".shx, .dbf and .prj) or KML (.kml).");
    }
}
