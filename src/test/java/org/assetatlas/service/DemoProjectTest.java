package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo project built from the shipped data, as a user first sees it. */
class DemoProjectTest {

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

    @Test
    void hasThreeNeighbourhoodsMadeOfTheSeventeenRealWards() {
        List<Area> neighbourhoods = demo.areas(AreaLevel.NEIGHBOURHOOD);
        assertEquals(List.of("Colchester Central", "Colchester North", "Colchester South"),
                neighbourhoods.stream().map(Area::name).toList());
        List<Area> wards = demo.areas(AreaLevel.WARD);
        assertEquals(17, wards.size());
        Set<String> parents = wards.stream().map(Area::parentCode).collect(Collectors.toSet());
        assertEquals(neighbourhoods.stream().map(Area::code).collect(Collectors.toSet()), parents);
        assertEquals(105, demo.areas(AreaLevel.LSOA).size());
        assertEquals(AreaLevel.NEIGHBOURHOOD, demo.assignmentLevel());
    }

    @Test
    void lsoasFindTheirWardByBestFitAsTheOnsLookupDoes() throws Exception {
        // the demo is set up through AreaSetup with no parent codes, so the tree places each LSOA by best fit;
        // ONS's own best-fit lookup (by population-weighted centroid) is the yardstick
        java.util.Map<String, String> ons = new java.util.HashMap<>();
        Path lookup = Path.of("data/reference/lsoa2011_to_ward2019_colchester_tendring.csv");
        try (var in = java.nio.file.Files.newBufferedReader(lookup)) {
            for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).build().parse(in)) {
                ons.put(r.get("LSOA11CD"), r.get("WD19CD"));
            }
        }
        List<Area> lsoas = demo.areas(AreaLevel.LSOA);
        long agree = lsoas.stream().filter(l -> ons.get(l.code()).equals(
                demo.areaTree().parent(l.code()).map(Area::code).orElse(null))).count();
        assertTrue(agree >= lsoas.size() * 0.95, agree + " of " + lsoas.size() + " LSOAs in the ONS lookup's ward");
        assertTrue(lsoas.stream().allMatch(l -> l.parentCode() == null), "parents come from the boundaries");
    }

    @Test
    void populationsAddUpFromLsoasToTheBorough() {
        int lsoas = demo.areas(AreaLevel.LSOA).stream().mapToInt(Area::population).sum();
        int wards = demo.areas(AreaLevel.WARD).stream().mapToInt(Area::population).sum();
        int neighbourhoods = demo.areas(AreaLevel.NEIGHBOURHOOD).stream().mapToInt(Area::population).sum();
        assertEquals(lsoas, wards);
        assertEquals(lsoas, neighbourhoods);
        assertTrue(lsoas > 150_000 && lsoas < 220_000, "Colchester mid-2015 population, got " + lsoas);
    }

    @Test
    void holdsAtLeastThreeHundredAssetsCoveringEveryDomainCategoryAndNeighbourhood() {
        List<Asset> all = demo.assets().find(AssetQuery.all());
        assertTrue(all.size() >= 300, "assets: " + all.size());
        Set<AbcdCategory> categories = EnumSet.noneOf(AbcdCategory.class);
        all.forEach(a -> categories.add(a.category()));
        assertEquals(EnumSet.allOf(AbcdCategory.class), categories);
        for (String d : demo.framework().names()) {
            assertTrue(demo.assets().find(AssetQuery.all().withDomain(d)).size() >= 20, d);
        }
        for (Area n : demo.areas(AreaLevel.NEIGHBOURHOOD)) {
            assertTrue(demo.assets().find(AssetQuery.all().withArea(n.code())).size() >= 60, n.name());
        }
    }

    @Test
    void keepsRealRecordsRealAndMarksTheRestIllustrative() {
        List<Asset> all = demo.assets().find(AssetQuery.all());
        List<Asset> real = all.stream().filter(a -> !a.illustrative()).toList();
        assertEquals(23, real.size(), "7 libraries and 16 GP practices in Colchester");
        assertTrue(real.stream().anyMatch(a -> a.name().equals("Colchester Library") && a.postcode().equals("CO1 1JB")));
        assertTrue(all.stream().filter(Asset::illustrative).allMatch(a -> a.source().toLowerCase().contains("illustrative")));
    }

    @Test
    void placesLocatedAssetsInTheirNeighbourhood() {
        Asset library = demo.assets().find(AssetQuery.all().withText("Colchester Library")).get(0);
        Area central = demo.area("Colchester Central").orElseThrow();
        assertEquals(central.code(), library.areaCode());
    }

    @Test
    void statsTableHasNoEmptyRowOrColumn() {
        AreaDomainTable t = demo.areaDomainTable();
        assertEquals(3, t.rows().size(), "no 'No area' row: every demo asset has an area");
        for (AreaDomainTable.Row r : t.rows()) {
            for (long c : r.counts()) {
                assertTrue(c > 0, r.areaName());
            }
        }
        assertEquals(demo.assets().count(), t.assets());
        assertTrue(demo.attribution().contains("Open Government Licence"));
    }

    @Test
    void aBuildStoppedPartWayLeavesNothingBehindAndTheNextBuildStartsAfresh(@TempDir Path other) throws Exception {
        Path file = other.resolve("demo.atlas");
        Progress stopAtPostcodes = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (message.contains("postcodes")) {
                    throw new org.assetatlas.util.CancelledException();
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(org.assetatlas.util.CancelledException.class,
                () -> DemoProject.build(file, stopAtPostcodes));
        try (var left = java.nio.file.Files.list(other)) {
            assertEquals(List.of(), left.toList(), "no project that looks like the demo, no hidden part file");
        }
        try (AtlasProject again = DemoProject.build(file, Progress.NONE)) {
            assertEquals(demo.assets().count(), again.assets().count());
        }
        org.junit.jupiter.api.Assertions.assertThrows(org.assetatlas.store.StoreException.class,
                () -> DemoProject.build(file, Progress.NONE), "an existing project is never built over");
    }
}
