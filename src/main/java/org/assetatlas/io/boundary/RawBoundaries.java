package org.assetatlas.io.boundary;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * What a format's reader hands on: features in the file's own coordinates, before checking and reprojection.
 *
 * @param layer    the layer read, or null
 * @param fields   the attribute names in file order
 * @param features the features in file order
 * @param crs      the coordinate system the file states, or null when it says nothing
 * @param notes    warnings from reading (e.g. a layer chosen from several)
 */
record RawBoundaries(String layer, List<String> fields, List<Raw> features, SourceCrs crs, List<BoundaryNote> notes) {

    /**
     * One feature as read.
     *
     * @param number     its place in the file, from 1
     * @param attributes its attributes as text in file order
     * @param geometry   its geometry in the file's coordinates, or null when it has none
     * @param skip       why it cannot be used, or null
     */
    record Raw(int number, Map<String, String> attributes, Geometry geometry, String skip) {
    }
}
