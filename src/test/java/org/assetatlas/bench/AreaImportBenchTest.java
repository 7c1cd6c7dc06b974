package org.assetatlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assetatlas.geo.GeoJsonFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The generated boundary files: valid polygons of the stated vertex count tiling the extent without gaps. */
class AreaImportBenchTest {

    @TempDir
    Path dir;

    @Test
    void generatedLsoasAreValidAndTileTheirExtent() throws Exception {
        Path file = dir.resolve("lsoas.geojson");
        AreaImportBench.writeTiling(file, 60, AreaImportBench.LSOA_SIDE, "LSOA11CD", "LSOA11NM", "E01", "LSOA ", 2);
        List<GeoJsonFeatures.Feature> features;
        try (InputStream in = Files.newInputStream(file)) {
            features = GeoJsonFeatures.read(in);
        }
        assertEquals(60, features.size());
        Set<String> codes = new HashSet<>();
        double sum = 0;
        for (GeoJsonFeatures.Feature f : features) {
            Geometry g = f.geometry();
            assertTrue(g.isValid(), f.get("LSOA11CD"));
            assertEquals(4 * AreaImportBench.LSOA_SIDE + 1, g.getNumPoints());
            assertTrue(codes.add(f.get("LSOA11CD")));
            sum += g.getArea();
        }
        // neighbours share their wiggly edges exactly: the union is one polygon with the summed area
        Geometry union = UnaryUnionOp.union(features.stream().map(GeoJsonFeatures.Feature::geometry).toList());
        assertEquals(sum, union.getArea(), sum * 1e-9);
        assertEquals(1, union.getNumGeometries());
    }

    @Test
    void wardsAreAboutOneToFourPointSevenLsoas() {
        assertEquals(7021, AreaImportBench.wardsFor(33_000));
        assertEquals(1, AreaImportBench.wardsFor(1));
    }
}
