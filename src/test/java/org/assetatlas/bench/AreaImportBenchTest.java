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
    void nestedLsoasAreValidTileTheirExtentAndLieInTheirWardsBarTheRedrawnEdges() throws Exception {
        Path wards = dir.resolve("wards.geojson");
        Path lsoas = dir.resolve("lsoas.geojson");
        int[] n = AreaImportBench.writeNested(wards, lsoas, 240);
        List<GeoJsonFeatures.Feature> w;
        List<GeoJsonFeatures.Feature> l;
        try (InputStream in = Files.newInputStream(wards)) {
            w = GeoJsonFeatures.read(in);
        }
        try (InputStream in = Files.newInputStream(lsoas)) {
            l = GeoJsonFeatures.read(in);
        }
        assertEquals(n[0], w.size());
        assertEquals(n[1], l.size());
        assertEquals(4 * n[0], n[1]);
        for (List<GeoJsonFeatures.Feature> fs : List.of(w, l)) {
            double sum = 0;
            for (GeoJsonFeatures.Feature f : fs) {
                assertTrue(f.geometry().isValid(), f.properties().toString());
                sum += f.geometry().getArea();
            }
            Geometry union = UnaryUnionOp.union(fs.stream().map(GeoJsonFeatures.Feature::geometry).toList());
            assertEquals(sum, union.getArea(), sum * 1e-9);
            assertEquals(1, union.getNumGeometries());
        }
        assertEquals(AreaImportBench.WARD_SIDE * 4 + 1, w.get(0).geometry().getNumPoints());
        assertEquals(75, l.get(0).geometry().getNumPoints());
        int covered = 0;
        for (int k = 0; k < l.size(); k++) {
            Geometry lsoa = l.get(k).geometry();
            Geometry own = w.get(k / 4).geometry();
            double share = lsoa.intersection(own).getArea() / lsoa.getArea();
            assertTrue(share > 0.75, "LSOA " + k + " lies mostly in its own ward: " + share);
            if (share > 0.999999) {
                covered++;
            }
        }
        double nesting = (double) covered / l.size();
        assertTrue(nesting > 0.7 && nesting < 0.95, "most LSOAs nest exactly, some straddle a redrawn edge: "
                + nesting);
    }
}
