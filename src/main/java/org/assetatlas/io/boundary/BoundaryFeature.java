package org.assetatlas.io.boundary;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One area read from a boundary file.
 *
 * @param number     its place in the file, counting from 1 (skipped features keep their numbers)
 * @param attributes its attributes as text, in the file's field order; a missing value is null
 * @param geometry   its boundary, a Polygon or MultiPolygon in WGS84 longitude/latitude (SRID 4326), valid
 */
public record BoundaryFeature(int number, Map<String, String> attributes, Geometry geometry) {

    /** An attribute's text, or null. */
    public String get(String field) {
        return attributes.get(field);
    }
}
