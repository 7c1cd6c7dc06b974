package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script would use it: exit codes, output lines and one-line errors. */
class AtlasCliTest {

    @TempDir
    static Path dir;
    private static Path demo;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void buildDemo() {
        demo = dir.resolve("demo.atlas");
        CliRun r = run("demo", demo.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void helpListsEverySubcommand() {
        CliRun r = run("--help");
        assertEquals(0, r.code());
        for (String sub : List.of("new", "demo", "import", "export", "list", "stats")) {
            assertTrue(r.out().contains("  " + sub + " "), sub + " missing from:\n" + r.out());
        }
    }

    @Test
    void statsPrintsTheAreaByDomainTableWithNoEmptyRowOrColumn() {
        CliRun r = run("stats", demo.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(0).startsWith("Area") && lines.get(0).contains("Start Well") && lines.get(0).contains("Die Well"));
        List<String> rows = lines.stream().filter(l -> l.startsWith("Colchester ")).toList();
        assertEquals(3, rows.size(), r.out());
        for (String row : rows) {
            String[] cells = row.substring("Colchester Central".length()).trim().split("\\s+");
            assertEquals(7, cells.length, row);
            for (String c : cells) {
                assertTrue(Long.parseLong(c) > 0, "empty cell in " + row);
            }
        }
    }

    @Test
    void listFiltersByDomainAndArea() {
        CliRun all = run("list", demo.toString());
        CliRun some = run("list", demo.toString(), "--domain", "age well", "--area", "Colchester North");
        assertEquals(0, some.code(), some.err());
        assertTrue(some.lines().size() > 5 && some.lines().size() < all.lines().size());
        for (String line : some.lines()) {
            String[] f = line.split("\t", -1);
            assertEquals(7, f.length, line);
            assertEquals("Colchester North", f[4]);
            assertTrue(f[5].contains("Age Well"), line);
        }
    }

    @Test
    void exportThenImportIntoANewProjectRoundTrips() throws Exception {
        Path csv = dir.resolve("export.csv");
        // with the opt-in, so that the demo's individuals make the round trip too
        CliRun exported = run("export", demo.toString(), csv.toString(), "--include-personal");
        assertEquals(0, exported.code());
        long individuals = Files.lines(csv).filter(l -> l.contains(",individual,individuals,")).count();
        assertTrue(individuals > 0, "the demo has individuals");
        assertTrue(exported.err().contains("the contact details of " + individuals + " individuals"), exported.err());
        Path fresh = dir.resolve("fresh.atlas");
        assertEquals(0, run("new", fresh.toString()).code());
        CliRun imp = run("import", fresh.toString(), csv.toString());
        assertEquals(0, imp.code(), imp.err());
        List<String> lines = imp.lines();
        long count = Files.lines(csv).count();
        // the new project has no areas, so rows that name a chosen area are rejected, the rest come in
        assertTrue(lines.get(lines.size() - 1).matches("imported \\d+, rejected \\d+"), lines.get(lines.size() - 1));
        assertTrue(count > 300);
    }

    @Test
    void importReportsRejectsAndEndsWithTheCounts() throws Exception {
        Path fresh = dir.resolve("rejects.atlas");
        run("new", fresh.toString());
        Path csv = dir.resolve("some.csv");
        Files.writeString(csv, "name,postcode\nHall,CO1 1JB\n,CO2 7AA\nOther,NOT A POSTCODE\n");
        CliRun r = run("import", fresh.toString(), csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        // the row without a name is rejected; the one with a malformed postcode is kept, noted to check
        assertEquals("imported 2, rejected 1", lines.get(lines.size() - 1));
        assertTrue(r.out().contains("line 3:"), r.out());
        assertFalse(r.out().contains("line 4:"), r.out());
        assertTrue(r.out().contains("1 asset was kept with something to check, noted on the asset as written: Other:"
                + " \"NOT A POSTCODE\" is not a UK postcode"), r.out());
        assertTrue(Files.exists(dir.resolve("some.rejects.csv")));
    }

    @Test
    void errorsExitNonZeroWithOneLineReason() {
        CliRun missing = run("stats", dir.resolve("nope.atlas").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("asset-atlas: There is no project file"), missing.err());

        CliRun badDomain = run("list", demo.toString(), "--domain", "Swim Well");
        assertEquals(1, badDomain.code());
        assertTrue(badDomain.err().contains("Unknown domain \"Swim Well\""), badDomain.err());

        CliRun usage = run("import", demo.toString());
        assertEquals(2, usage.code());

        CliRun exists = run("new", demo.toString());
        assertEquals(1, exists.code());
        assertTrue(exists.err().contains("already exists"), exists.err());
    }

    @Test
    void mapDrawsAPngOfTheRequestedSizeAndResolutionWithNoDisplay() throws Exception {
        Path png = dir.resolve("imd.png");
        CliRun r = run("map", demo.toString(), "--out", png.toString(), "--width", "640", "--height", "480",
                "--choropleth", "imd", "--dpi", "192");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + png + " (1280 x 960 px, 192 dpi)"), r.out());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(960, img.getHeight());
        assertEquals(192, org.assetatlas.map.MapExport.readDpi(png), 0.05);

        CliRun bad = run("map", demo.toString(), "--out", png.toString(), "--choropleth", "rainfall");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Unknown choropleth"), bad.err());
        CliRun noArea = run("map", demo.toString(), "--out", png.toString(), "--area", "Atlantis");
        assertEquals(1, noArea.code());
        assertEquals("asset-atlas: The project has no area \"Atlantis\"", noArea.err().strip());
    }

    @Test
    void importStatsReportsRejectedRowsAndTheCounts() throws Exception {
        Path csv = dir.resolve("survey.csv");
        Files.writeString(csv, "LSOA code,Loneliness score\nE01021637,12\nE01021638,n/a\nE09999999,3\n");
        CliRun r = run("import-stats", demo.toString(), csv.toString(), "--key", "loneliness", "--column",
                "loneliness score", "--vintage", "2011", "--source", "Partnership survey 2026");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("line 3: \"n/a\" is not a number (area E01021638)"), r.out());
        assertEquals("stored 1, not in project 1, rejected 1", r.lines().get(r.lines().size() - 1));
        Path png = dir.resolve("loneliness.png");
        CliRun map = run("map", demo.toString(), "--out", png.toString(), "--width", "400", "--height", "300",
                "--choropleth", "indicator:loneliness", "--level", "ward");
        assertEquals(0, map.code(), map.err());
        CliRun unknown = run("map", demo.toString(), "--out", png.toString(), "--choropleth", "indicator:nope");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no area statistic \"nope\""), unknown.err());
    }

    @Test
    void referenceListShowsTheDemosPostcodesDeprivationAndPopulation() {
        CliRun r = run("reference", demo.toString(), "list");
        assertEquals(0, r.code(), r.err());
        assertEquals("kind\ttitle\tvintage\tpublisher\tlicence\tloaded\trows\tfile", r.lines().get(0));
        assertTrue(r.out().contains("Postcode centroids\tOS Code-Point Open\t\tOrdnance Survey\t"), r.out());
        assertTrue(r.out().contains("\t5010\tpostcodes_colchester.csv"), r.out());
        assertTrue(r.out().contains("Indices of Deprivation\tEnglish Indices of Deprivation 2019\t2019\t"), r.out());
        assertTrue(r.out().contains("Population by age\t"), r.out());
    }

    @Test
    void postcodesCommandKeepsItsOutputAndRecordsTheSource() throws Exception {
        Path csv = dir.resolve("ONSPD_AUG_2024_CO.csv");
        Files.writeString(csv, "pcd,pcds,oslaua,osward,oseast1m,osnrth1m,lat,long\n"
                + "\"CO1 1AA\",\"CO1 1AA\",E07000071,E05004125,599900,225200,51.889,0.903\n"
                + "\"CO1 1AB\",\"CO1 1AB\",E07000071,E05004125,,,99.999999,0.000000\n"
                + "\"NOT A PC\",\"NOT A PC\",E07000071,E05004125,599900,225200,51.889,0.903\n");
        CliRun r = run("postcodes", demo.toString(), csv.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("line 4: \"NOT A PC\" is not a UK postcode", r.lines().get(0));
        assertEquals("imported 1, without location 1, rejected 1", r.lines().get(1));
        CliRun list = run("reference", demo.toString(), "list");
        assertTrue(list.out().contains("Postcode centroids\tONS Postcode Directory\tAUG 2024\tOffice for National"
                + " Statistics\tOpen Government Licence v3.0\t"), list.out());
    }

    @Test
    void referenceDownloadsSaysWhereEachKindComesFromAndItsLicence() {
        CliRun r = run("reference", demo.toString(), "downloads");
        assertEquals(0, r.code(), r.err());
        for (String kind : List.of("Postcode centroids\t", "Indices of Deprivation\t", "Population by age\t")) {
            assertTrue(r.lines().stream().anyMatch(l -> l.startsWith(kind) && l.contains("\thttps://")
                    && l.endsWith("Open Government Licence v3.0") || l.startsWith(kind) && l.endsWith("(OS OpenData)")),
                    kind + " in:\n" + r.out());
        }
    }

    @Test
    void referenceImportOfAnUnknownKindOrAMissingFileIsAOneLineError() {
        CliRun unknown = run("reference", demo.toString(), "import", "schools", "x.csv");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown kind \"schools\"; use postcodes, deprivation or population"),
                unknown.err());
        CliRun bad = run("reference", demo.toString(), "import", "deprivation", demo.toString());
        assertEquals(1, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }
}
