package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Indicator;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    @TempDir
    Path dir;

    @Test
    void importsTendringCodePointOpenWithHeader() throws Exception {
        Path csv = dir.resolve("cpo.csv");
        try (var in = getClass().getResourceAsStream("/reference/codepoint_open_2014_tendring_300.csv")) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importPostcodes(csv, Progress.NONE);
            assertEquals(300, r.stored());
            assertTrue(r.problems().isEmpty(), r.problems().toString());
            assertTrue(r.summary().startsWith("Imported 300 of 300 rows"), r.summary());
        }
    }

    @Test
    void codePointOpenWithAndWithoutHeaderGiveTheSameCentroids() throws Exception {
        Path with = dir.resolve("with.csv");
        try (var in = getClass().getResourceAsStream("/reference/codepoint_open_2014_tendring_300.csv")) {
            Files.copy(in, with, StandardCopyOption.REPLACE_EXISTING);
        }
        java.util.List<String> lines = Files.readAllLines(with);
        Path without = dir.resolve("without.csv");
        Files.write(without, lines.subList(1, lines.size()));
        var a = new org.assetatlas.io.PostcodeCsvReader().read(with, Progress.NONE).centroids();
        var b = new org.assetatlas.io.PostcodeCsvReader().read(without, Progress.NONE).centroids();
        // The headerless file has only grid references, so its centroids are converted from eastings and northings
        // and agree with the published latitude and longitude to within about a metre.
        assertEquals(300, b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).postcode(), b.get(i).postcode());
            assertEquals(a.get(i).location().lat(), b.get(i).location().lat(), 2e-5, a.get(i).postcode());
            assertEquals(a.get(i).location().lon(), b.get(i).location().lon(), 2e-5, a.get(i).postcode());
        }
    }

    @Test
    void listsWhereToDownloadEachKind() {
        for (ReferenceSource.Kind kind : ReferenceSource.Kind.values()) {
            assertTrue(ReferenceData.downloads().stream().anyMatch(d -> d.kind() == kind), kind.name());
        }
    }

    private static final Path FILE1 = Path.of("data/reference/iod2019_file1_imd_colchester_tendring.csv");
    private static final Path FILE2 = Path.of("data/reference/iod2019_file2_domains_colchester_tendring.csv");
    private static final Path FILE6 = Path.of("data/reference/iod2019_file6_population_mid2015_colchester_tendring.csv");
    private static final String CLACTON_009A = "E01021967";

    @Test
    void importsIod2019File1AsImdDecileAndRankOfTendringsLsoas() throws Exception {
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importDeprivation(FILE1, Progress.NONE);
            assertEquals(List.of("imd2019-rank", "imd2019-decile"), r.indicators());
            assertEquals(194, r.rows());
            assertEquals(89, r.stored());
            assertEquals(105, r.notInProject(), "Colchester's LSOAs are reported, not stored");
            assertTrue(r.problems().isEmpty(), r.problems().toString());
            Indicator decile = project.statistics().indicator("imd2019-decile").orElseThrow();
            assertEquals(Indicator.IMD_DECILES, decile.classes());
            assertFalse(decile.higherIsWorse(), "decile 1 is the most deprived");
            assertEquals("2011", decile.vintage());
            assertTrue(decile.source().contains("English Indices of Deprivation 2019"), decile.source());
            assertFalse(project.statistics().indicator("imd2019-rank").orElseThrow().higherIsWorse());
            assertEquals(21491.0, project.statistics().indicatorMeasure("imd2019-rank").orElseThrow().value(CLACTON_009A));
            assertEquals(7.0, project.statistics().indicatorMeasure("imd2019-decile").orElseThrow().value(CLACTON_009A));
            assertTrue(r.summary().contains("105 areas are not in this project"), r.summary());
        }
    }

    @Test
    void loadingDeprivationTellsTheMapToRedraw() throws Exception {
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
            project.addChangeListener(ChangeScope.ASSETS, told::incrementAndGet);
            project.reference().importDeprivation(FILE1, Progress.NONE);
            assertEquals(1, told.get());
        }
    }

    @Test
    void turnsEveryDomainRankAndDecileOfFile2IntoAnIndicator() throws Exception {
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importDeprivation(FILE2, Progress.NONE);
            assertEquals(16, r.indicators().size(), r.indicators().toString());
            for (String key : List.of("imd2019-decile", "income2019-rank", "employment2019-decile", "education2019-rank",
                    "health2019-decile", "crime2019-rank", "barriers2019-decile", "living-environment2019-decile")) {
                assertTrue(r.indicators().contains(key), key + " in " + r.indicators());
            }
            assertEquals(10.0, project.statistics().indicatorMeasure("barriers2019-decile").orElseThrow()
                    .value(CLACTON_009A));
            assertEquals(Indicator.IMD_DECILES, project.statistics().indicator("crime2019-decile").orElseThrow()
                    .classes());
        }
    }

    @Test
    void aHigherScoreIsMoreDeprivedAnd2021CodesAreTheIod2025() throws Exception {
        Path csv = dir.resolve("scores.csv");
        Files.writeString(csv, "LSOA code (2021),LSOA name (2021),Index of Multiple Deprivation (IMD) Score,"
                + "Income Deprivation Affecting Children Index (IDACI) Score (rate),Income Score (rate)\n"
                + CLACTON_009A + ",Tendring 009A,21.5,0.18,0.12\n");
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importDeprivation(csv, Progress.NONE);
            assertEquals(List.of("imd2025-score", "idaci2025-score", "income2025-score"), r.indicators());
            Indicator idaci = project.statistics().indicator("idaci2025-score").orElseThrow();
            assertTrue(idaci.higherIsWorse());
            assertEquals("", idaci.classes());
            assertEquals("2021", idaci.vintage());
            assertEquals("2025", project.reference().sources().get(0).vintage());
        }
    }

    @Test
    void listsRowsWithProblemsByLineAndStoresTheRest() throws Exception {
        Path csv = dir.resolve("iod2019-bad-rows.csv");
        List<String> lines = Files.readAllLines(FILE1);
        lines.set(2, lines.get(2).replaceFirst(",3$", ",eleven"));
        lines.set(3, lines.get(3).replaceFirst(",\\d+$", ",11"));
        Files.write(csv, lines);
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importDeprivation(csv, Progress.NONE);
            assertEquals(List.of(3L, 4L), r.problems().stream().map(ReferenceData.Problem::line).toList());
            assertTrue(r.problems().get(0).reason().contains("\"eleven\" is not a number"), r.problems().toString());
            assertTrue(r.problems().get(1).reason().contains("11 is not one of the classes"), r.problems().toString());
            assertEquals(89, r.stored());
        }
    }

    @Test
    void aMalformedFileIsRefusedNamingItsLineAndNothingIsStored() throws Exception {
        Path csv = dir.resolve("broken.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(FILE1).subList(0, 120));
        lines.set(100, lines.get(100) + ",\"unclosed");
        Files.write(csv, lines);
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            IOException e = assertThrows(IOException.class,
                    () -> project.reference().importDeprivation(csv, Progress.NONE));
            assertTrue(e.getMessage().startsWith("broken.csv is not valid CSV: the row starting on line 101 cannot be "
                    + "read: a quote is opened and never closed") || e.getMessage().startsWith("broken.csv is not valid "
                    + "CSV: the row starting on line 101 cannot be read: a quoted value is followed by other text"),
                    e.getMessage());
            assertTrue(project.statistics().indicators().isEmpty());
            assertTrue(project.reference().sources().isEmpty());
        }
    }

    @Test
    void refusesAFileWithoutAnLsoaCodeColumnOrMeasures() throws Exception {
        Path noCode = dir.resolve("no-code.csv");
        Files.writeString(noCode, "Area,IMD Decile\nE01021967,7\n");
        Path population = FILE6;
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            IOException a = assertThrows(IOException.class,
                    () -> project.reference().importDeprivation(noCode, Progress.NONE));
            assertTrue(a.getMessage().contains("no LSOA code column"), a.getMessage());
            IOException b = assertThrows(IOException.class,
                    () -> project.reference().importDeprivation(population, Progress.NONE));
            assertTrue(b.getMessage().contains("Import that as population"), b.getMessage());
            assertTrue(project.reference().sources().isEmpty());
        }
    }

    @Test
    void file6SetsResidentsSummedUpTheTreeAndKeepsTheAgeBands() throws Exception {
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importPopulation(FILE6, Progress.NONE);
            assertEquals(List.of("pop-all-ages", "pop-0-15", "pop-16-59", "pop-60-plus"), r.indicators());
            assertEquals(89, r.stored());
            assertEquals("mid-2015", r.vintage());
            assertEquals(2069, project.area(CLACTON_009A).orElseThrow().population());
            assertEquals(310.0, project.statistics().indicatorMeasure("pop-0-15").orElseThrow().value(CLACTON_009A));
            int lsoas = project.areas(AreaLevel.LSOA).stream().mapToInt(Area::population).sum();
            assertEquals(lsoas, project.area(TendringFixture.DISTRICT).orElseThrow().population());
        }
    }

    @Test
    void onsMidYearSingleYearsAreSummedIntoBands() throws Exception {
        Path csv = copy("/reference/ons_midyear_2015_tendring_illustrative_single_years.csv", "ons-mid-2015.csv");
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importPopulation(csv, Progress.NONE);
            assertEquals(List.of("pop-all-ages", "pop-0-15", "pop-16-64", "pop-65-plus"), r.indicators());
            assertEquals(1, r.notInProject());
            assertEquals("mid-2015", r.vintage());
            var stats = project.statistics();
            // the fixture's 0-15 years spread File 6's real 0-15 band, so they sum back to it
            assertEquals(310.0, stats.indicatorMeasure("pop-0-15").orElseThrow().value(CLACTON_009A));
            double all = stats.indicatorMeasure("pop-all-ages").orElseThrow().value(CLACTON_009A);
            double bands = stats.indicatorMeasure("pop-0-15").orElseThrow().value(CLACTON_009A)
                    + stats.indicatorMeasure("pop-16-64").orElseThrow().value(CLACTON_009A)
                    + stats.indicatorMeasure("pop-65-plus").orElseThrow().value(CLACTON_009A);
            assertEquals(all, bands);
            assertEquals(2069, project.area(CLACTON_009A).orElseThrow().population());
        }
    }

    @Test
    void aPopulationFileWithoutAnAgeColumnIsRefusedNamingTheAge() throws Exception {
        Path csv = dir.resolve("ons.csv");
        Files.writeString(csv, "LSOA Code,LSOA Name,All Ages,0,1\nE01021967,Tendring 009A,2069,20,20\n");
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            IOException e = assertThrows(IOException.class,
                    () -> project.reference().importPopulation(csv, Progress.NONE));
            assertTrue(e.getMessage().contains("no column for age 2"), e.getMessage());
            assertTrue(project.area(CLACTON_009A).orElseThrow().population() == null);
        }
    }

    @Test
    void keepsEachLoadedFileWithSourceLicenceAndVintage() throws Exception {
        Path cpo = copy("/reference/codepoint_open_2014_tendring_300.csv", "codepoint_open_2014.csv");
        List<String> lines = Files.readAllLines(cpo);
        Path headerless = dir.resolve("CM_2014.csv");
        Files.write(headerless, lines.subList(1, lines.size()));
        Path file = dir.resolve("t.atlas");
        try (AtlasProject project = TendringFixture.build(file)) {
            ReferenceData reference = project.reference();
            reference.importPostcodes(cpo, Progress.NONE);
            reference.importPostcodes(headerless, Progress.NONE);
            reference.importDeprivation(FILE1, Progress.NONE);
            reference.importPopulation(FILE6, Progress.NONE);
        }
        try (AtlasProject project = AtlasProject.open(file)) {
            List<ReferenceSource> sources = project.reference().sources();
            assertEquals(List.of("OS Code-Point Open", "OS Code-Point Open", "English Indices of Deprivation 2019"),
                    sources.stream().limit(3).map(ReferenceSource::title).toList());
            assertEquals(List.of(300L, 300L, 89L, 89L), sources.stream().map(ReferenceSource::rows).toList());
            assertEquals("2014", sources.get(0).vintage());
            ReferenceSource iod = sources.get(2);
            assertEquals(ReferenceData.MHCLG, iod.publisher());
            assertEquals(ReferenceData.OGL, iod.licence());
            assertEquals("2019", iod.vintage());
            assertEquals(ReferenceSource.Kind.POPULATION, sources.get(3).kind());
            assertEquals("mid-2015", sources.get(3).vintage());
            assertTrue(sources.stream().allMatch(s -> s.loaded().equals(java.time.LocalDate.now())));
        }
    }

    @Test
    void aPostcodeFileThatCannotBeReadRecordsNoSource() throws Exception {
        Path csv = dir.resolve("codes_2024.csv");
        Files.writeString(csv, "code,x,y\nCO15 1AA,1,2\n");
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            IOException e = assertThrows(IOException.class,
                    () -> project.reference().importPostcodes(csv, Progress.NONE));
            assertTrue(e.getMessage().contains("has no postcode column"), e.getMessage());
            assertTrue(project.reference().sources().isEmpty());
        }
    }

    @Test
    void tellsOnsPostcodeFilesFromTheirHeader() throws Exception {
        Path onspd = dir.resolve("ONSPD_NOV_2024_UK_CO.csv");
        Files.writeString(onspd, "pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,usertype,oseast1m,osnrth1m,"
                + "lat,long\n\"CO151AA\",\"CO15 1AA\",\"CO15 1AA\",198001,,E10000012,E58000001,E07000076,"
                + "E05004117,0,617512,214866,51.789,1.155\n");
        Path nspl = dir.resolve("NSPL21_FEB_2024_UK.csv");
        Files.writeString(nspl, "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,laua,ward,lat,long\n"
                + "\"CO151AA\",\"CO15 1AA\",\"CO15 1AA\",198001,,0,617512,214866,E07000076,E05004117,51.789,1.155\n");
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            assertEquals("ONS Postcode Directory", project.reference().importPostcodes(onspd, Progress.NONE).title());
            assertEquals("National Statistics Postcode Lookup",
                    project.reference().importPostcodes(nspl, Progress.NONE).title());
            assertEquals(List.of("NOV 2024", "FEB 2024"), project.reference().sources().stream()
                    .map(ReferenceSource::vintage).collect(Collectors.toList()));
        }
    }

    private Path copy(String resource, String name) throws IOException {
        Path out = dir.resolve(name);
        try (var in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }
}
