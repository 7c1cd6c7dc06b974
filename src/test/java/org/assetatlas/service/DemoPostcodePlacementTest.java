package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.LocationSource;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postcodes place assets in the demo project, with its shipped postcode list and its areas at every level. */
class DemoPostcodePlacementTest {

    /** CO1 1AG in the shipped postcode list: central Colchester. */
    private static final GeoPoint CO1_1AG = new GeoPoint(51.898868, 0.896623);

    @TempDir
    static Path dir;
    private static AtlasProject demo;

    @BeforeAll
    static void build() throws Exception {
        demo = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE);
    }

    @AfterAll
    static void close() {
        if (demo != null) {
            demo.close();
        }
    }

    /** The asset is in every area the area rule places its postcode's centroid in, at every level. */
    private static void assertInItsAreas(Asset a) {
        String[] places = demo.areaTree().places(CO1_1AG, demo.locateArea(CO1_1AG.lat(), CO1_1AG.lon()), false);
        assertTrue(places.length >= 3, "a neighbourhood, a ward and an LSOA at least");
        for (String code : places) {
            assertTrue(demo.assets().find(AssetQuery.all().withArea(code)).stream().anyMatch(x -> x.id() == a.id()),
                    a.name() + " is in " + code);
        }
    }

    @Test
    void theEditorPlacesAnAssetAtItsPostcodeInTheDemo() {
        Asset saved = demo.assets().save(Asset.builder().name("Postcode lunch club").domains(List.of("Age Well"))
                .postcode("co1 1ag").build());
        assertEquals(CO1_1AG, saved.location());
        assertEquals(LocationSource.POSTCODE, saved.locationSource());
        assertNotNull(saved.areaCode());
        assertEquals(demo.locateArea(CO1_1AG.lat(), CO1_1AG.lon()), saved.areaCode());
        assertInItsAreas(saved);
    }

    @Test
    void importPlacesRowsAtTheirPostcodeInTheDemoAndKeepsUnknownOnes() throws Exception {
        Path csv = dir.resolve("postcode-rows.csv");
        Files.writeString(csv, "name,domains,postcode\nImported by postcode,Age Well,CO1 1AG\n"
                + "Imported unknown,Age Well,ZE1 9ZZ\n");
        ImportReport r = demo.transfer().importCsv(csv, Progress.NONE);
        assertEquals(2, r.imported());
        assertEquals(1, r.locatedByPostcode());
        assertEquals(1, r.unknownPostcodes());
        assertEquals(List.of("ZE1 9ZZ"), r.unknownPostcodeExamples());
        List<Asset> all = demo.assets().find(AssetQuery.all());
        Asset placed = all.stream().filter(a -> a.name().equals("Imported by postcode")).findFirst().orElseThrow();
        assertEquals(CO1_1AG, placed.location());
        assertTrue(placed.locatedByPostcode());
        assertInItsAreas(placed);
        Asset kept = all.stream().filter(a -> a.name().equals("Imported unknown")).findFirst().orElseThrow();
        assertNull(kept.location());
    }
}
