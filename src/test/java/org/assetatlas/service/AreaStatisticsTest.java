package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Indicator;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Area measures and imported area statistics on the demo project. */
class AreaStatisticsTest {

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
    void theDemoShipsTheRealImd2019DecilesOfItsLsoas() {
        Indicator imd = demo.statistics().indicator("imd2019-decile").orElseThrow();
        assertEquals(AreaLevel.LSOA, imd.level());
        assertEquals("2011", imd.vintage());
        assertEquals("LSOA (2011)", imd.geography());
        assertTrue(imd.licence().contains("OGL"), imd.licence());
        AreaMeasure m = demo.statistics().indicatorMeasure("imd2019-decile").orElseThrow();
        assertEquals(105, m.values().size());
        // IoD2019 File 1: Colchester 018A (E01021637) rank 9,750, decile 3.
        assertEquals(3.0, m.value("E01021637"));
        assertEquals(ClassMethod.FIXED, m.classes().method());
        assertEquals(9750.0, demo.statistics().indicatorMeasure("imd2019-rank").orElseThrow()
                .value("E01021637"));
    }

    @Test
    void badRowsAreReportedWithLineAndReasonAndGoodOnesKept() throws Exception {
        Path csv = dir.resolve("stats.csv");
        Files.writeString(csv, String.join("\n",
                "area,score",
                "E01021637,12.5",
                ",3",
                "E01021638,abc",
                "E01021637,7",
                "E01021639,",
                "E01021640,\"1,250\"",
                "E99999999,4",
                ""), StandardCharsets.UTF_8);
        AreaStatistics.IndicatorImport r = demo.statistics().importIndicator(csv, meta("test-score", ""), "area",
                "score", Progress.NONE);
        assertEquals(2, r.stored());
        assertEquals(1, r.notInProject());
        assertEquals(List.of("E99999999"), r.notInProjectSample());
        assertEquals(4, r.rejected());
        List<RejectedRow> rej = r.rejects();
        assertEquals(3, rej.get(0).line());
        assertTrue(rej.get(0).reason().contains("No area code"), rej.get(0).reason());
        assertEquals(4, rej.get(1).line());
        assertTrue(rej.get(1).reason().contains("\"abc\" is not a number"), rej.get(1).reason());
        assertEquals(5, rej.get(2).line());
        assertTrue(rej.get(2).reason().contains("given twice (first on line 2)"), rej.get(2).reason());
        assertEquals(6, rej.get(3).line());
        assertTrue(rej.get(3).reason().contains("No value"), rej.get(3).reason());
        assertTrue(Files.exists(r.rejectsFile()));
        Map<String, Double> stored = demo.statistics().indicatorMeasure("test-score").orElseThrow().values();
        assertEquals(Map.of("E01021637", 12.5, "E01021640", 1250.0), stored);
    }

    @Test
    void decilesOutsideOneToTenAreRejected() throws Exception {
        Path csv = dir.resolve("deciles.csv");
        Files.writeString(csv, "code,decile\nE01021637,3\nE01021638,11\nE01021639,2.5\n", StandardCharsets.UTF_8);
        AreaStatistics.IndicatorImport r = demo.statistics().importIndicator(csv,
                meta("test-decile", Indicator.IMD_DECILES), null, "decile", Progress.NONE);
        assertEquals(1, r.stored());
        assertEquals(2, r.rejected());
        assertEquals(3, r.rejects().get(0).line());
        assertTrue(r.rejects().get(0).reason().startsWith("11 is not one of the classes"), r.rejects().get(0).reason());
        assertEquals(4, r.rejects().get(1).line());
    }

    @Test
    void aFileOfAnotherGeographyIsRefusedAndChangesNothing() throws Exception {
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "code,v\nE01021637,1\n", StandardCharsets.UTF_8);
        demo.statistics().importIndicator(first, meta("test-keep", ""), null, "v", Progress.NONE);
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "code,v\nE01033768,5\nE01033769,6\n", StandardCharsets.UTF_8);
        AssetImportException e = assertThrows(AssetImportException.class, () -> demo.statistics()
                .importIndicator(other, meta("test-keep", ""), null, "v", Progress.NONE));
        assertTrue(e.getMessage().contains("None of the 2 area codes"), e.getMessage());
        assertTrue(e.getMessage().contains("2021"), e.getMessage());
        assertEquals(Map.of("E01021637", 1.0), demo.statistics().indicatorMeasure("test-keep").orElseThrow().values());
        assertThrows(AssetImportException.class, () -> demo.statistics()
                .importIndicator(other, meta("test-keep", ""), null, "no such column", Progress.NONE));
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        Path csv = dir.resolve("cancel.csv");
        Files.writeString(csv, "code,v\nE01021637,1\n", StandardCharsets.UTF_8);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> demo.statistics().importIndicator(csv, meta("test-cancel", ""),
                null, "v", cancelled));
        assertFalse(demo.statistics().indicator("test-cancel").isPresent());
    }

    @Test
    void assetCountsCoverEveryLocatedOpenAssetOnce() {
        long expected = demo.assets().find(AssetQuery.all()).stream()
                .filter(a -> a.located() && a.status() != AssetStatus.CLOSED).count();
        AreaMeasure byLsoa = demo.statistics().assetCount(AreaLevel.LSOA, null);
        AreaMeasure byWard = demo.statistics().assetCount(AreaLevel.WARD, null);
        assertEquals(105, byLsoa.values().size());
        double lsoaTotal = byLsoa.values().values().stream().mapToDouble(Double::doubleValue).sum();
        double wardTotal = byWard.values().values().stream().mapToDouble(Double::doubleValue).sum();
        // A few postcode centroids on the coast fall just outside the generalised LSOA outlines.
        assertTrue(lsoaTotal <= expected && lsoaTotal >= expected * 0.97, lsoaTotal + " of " + expected);
        assertTrue(wardTotal <= expected && wardTotal >= expected * 0.97, wardTotal + " of " + expected);
        String domain = demo.framework().names().get(0);
        double inDomain = demo.statistics().assetCount(AreaLevel.LSOA, domain).values().values().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertTrue(inDomain > 0 && inDomain < lsoaTotal, inDomain + " vs " + lsoaTotal);
    }

    @Test
    void perThousandDividesByTheAreasPopulation() {
        AreaMeasure count = demo.statistics().assetCount(AreaLevel.WARD, null);
        AreaMeasure rate = demo.statistics().assetsPerThousand(AreaLevel.WARD, null);
        for (Area w : demo.areas(AreaLevel.WARD)) {
            assertEquals(count.value(w.code()) * 1000.0 / w.population(), rate.value(w.code()), 1e-9, w.name());
        }
    }

    @Test
    void lsoaDecilesAggregateToTheShareOfResidentsInTheMostDeprivedFifth() {
        AreaStatistics s = demo.statistics();
        AreaMeasure deciles = s.indicatorMeasure("imd2019-decile").orElseThrow();
        AreaMeasure share = s.aggregate(deciles, AreaLevel.WARD, AreaStatistics.Aggregation.SHARE_OF_RESIDENTS_AT_MOST,
                2, "share");
        assertEquals(17, share.values().size());
        for (Area ward : demo.areas(AreaLevel.WARD)) {
            long people = 0;
            long deprived = 0;
            for (Area l : demo.areas(AreaLevel.LSOA)) {
                // the area tree is the one rule for what lies in what (parents by best fit when not given)
                if (ward.code().equals(demo.areaTree().parent(l.code()).map(Area::code).orElse(null))) {
                    people += l.population();
                    deprived += deciles.value(l.code()) <= 2 ? l.population() : 0;
                }
            }
            assertEquals(100.0 * deprived / people, share.value(ward.code()), 1e-9, ward.name());
        }
        assertTrue(share.higherIsWorse());
        AreaMeasure rank = s.aggregate(s.indicatorMeasure("imd2019-rank").orElseThrow(),
                AreaLevel.NEIGHBOURHOOD, AreaStatistics.Aggregation.POPULATION_WEIGHTED_MEAN, 0, "average rank");
        assertEquals(3, rank.values().size());
        rank.values().values().forEach(v -> assertTrue(v >= 1 && v <= 32_844, "rank " + v));
    }

    private static Indicator meta(String key, String classes) {
        return new Indicator(key, key, "test", "test licence", AreaLevel.LSOA, "2011", "", true, classes,
                Instant.now());
    }

    @Test
    void anIndicatorWhoseRejectsCannotBeWrittenIsNotStored() throws Exception {
        Path csv = dir.resolve("blocked.csv");
        Files.writeString(csv, "code,v\nE01021637,3\n,4\n", StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve("blocked.rejects.csv")); // a folder where the rejects file would go

        IOException e = assertThrows(IOException.class, () -> demo.statistics().importIndicator(csv,
                meta("test-blocked", ""), null, "v", Progress.NONE));

        assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
        assertFalse(demo.statistics().indicator("test-blocked").isPresent());
    }
}
