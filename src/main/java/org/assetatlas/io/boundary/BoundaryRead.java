package org.assetatlas.io.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from a boundary file.
 *
 * @param format     the file's format
 * @param layer      the layer read (GeoPackage table, shapefile name, KML document), or null
 * @param fieldNames the attribute names, in file order, to pick code and name fields from
 * @param features   the areas read, in file order, in WGS84 longitude/latitude
 * @param sourceCrs  the coordinate system the file was in and how that was found
 * @param skipped    the features left out, each with its number and the reason
 * @param repaired   the features whose invalid boundary was repaired
 * @param warnings   things that look wrong but did not stop the read: a coordinate system assumed from the
 *                   coordinates, areas far from the others or outside the United Kingdom, a layer chosen from several
 */
public record BoundaryRead(BoundaryFormat format, String layer, List<String> fieldNames,
                           List<BoundaryFeature> features, SourceCrs sourceCrs, List<BoundaryNote> skipped,
                           List<BoundaryNote> repaired, List<BoundaryNote> warnings) {

    /** Makes the lists unmodifiable. */
    public BoundaryRead {
        fieldNames = List.copyOf(fieldNames);
        features = List.copyOf(features);
        skipped = List.copyOf(skipped);
        repaired = List.copyOf(repaired);
        warnings = List.copyOf(warnings);
    }

    /** Every note, warnings first, then repairs, then skipped features: for a summary after the read. */
    public List<BoundaryNote> notes() {
        List<BoundaryNote> all = new ArrayList<>(warnings);
        all.addAll(repaired);
        all.addAll(skipped);
        return all;
    }
}
