package org.assetatlas.io.boundary;

import java.util.List;
import java.util.Map;

/**
 * The start of a boundary file, cheaply read, so the user can pick which fields hold each area's code and name.
 *
 * @param format     the file's format
 * @param layer      the layer read (GeoPackage table, shapefile name, KML document), or null
 * @param fieldNames the attribute names, in file order
 * @param rows       the first few features' attributes, in file order
 */
public record BoundaryPreview(BoundaryFormat format, String layer, List<String> fieldNames,
                              List<Map<String, String>> rows) {
}
