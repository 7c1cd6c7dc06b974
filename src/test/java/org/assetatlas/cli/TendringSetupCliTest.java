package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.service.AtlasProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partnership that is not the demo sets itself up with the command line alone, from {@code new} to a report:
 * Tendring's district outline, its 2013 wards from a British National Grid shapefile, its 2011 LSOAs, three
 * neighbourhoods grouped from the wards, a Code-Point Open postcode file, the IMD 2019 deciles, and assets that have
 * only a postcode. Each step is the command a user types (as in docs/setting-up-a-partnership.md), and each checks a
 * fact read from the source files, so a broken step fails here. The steps run in order on one project file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TendringSetupCliTest {

    private static final String CLACTON = "Clacton";
    private static final String HARWICH = "Harwich and Manningtree";
    private static final String FRINTON = "Frinton, Walton and the west";
    /** The postcode of Great Bromley Community Library, left out of the postcode fixture on purpose. */
    private static final String UNKNOWN_POSTCODE = "CO7 7TL";
    private static final String IMD_COLUMN = "Index of Multiple Deprivation (IMD) Decile";

    @TempDir
    static Path dir;
    private static Path atlas;
    private static Path files;

    private record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        String lastLine() {
            List<String> l = lines();
            return l.isEmpty() ? "" : l.get(l.size() - 1);
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        Result r = new Result(code, out.toString(), err.toString());
        assertEquals(0, r.code(), String.join(" ", args) + " failed:\n" + r.err() + r.out());
        return r;
    }

    /** The fixtures copied out of the class path, as a user's downloads would be (rejects files land beside them). */
    @BeforeAll
    static void copyFixtures() throws IOException {
        files = Files.createDirectories(dir.resolve("downloads"));
        for (String name : List.of("tendring/tendring_lad_dissolved_from_lsoa2011.geojson",
                "tendring/tendring_lsoa2011_bgc.geojson", "tendring/neighbourhoods.csv",
                "tendring/tendring_postcodes_codepoint_open_2014.csv", "tendring/tendring-assets-postcodes-only.csv",
                "boundaries/tendring_wards2013_bng.shp", "boundaries/tendring_wards2013_bng.shx",
                "boundaries/tendring_wards2013_bng.dbf", "boundaries/tendring_wards2013_bng.prj")) {
            try (InputStream in = TendringSetupCliTest.class.getResourceAsStream("/" + name)) {
                assertTrue(in != null, "missing test resource " + name);
                Files.copy(in, files.resolve(name.substring(name.indexOf('/') + 1)),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        atlas = dir.resolve("tendring.atlas");
    }

    private static String file(String name) {
        return files.resolve(name).toString();
    }

    @Test
    @Order(1)
    void newMakesAnEmptyProjectWithTheLiveWellDomains() {
        Result r = run("new", atlas.toString(), "--name", "Tendring");
        assertTrue(r.out().contains("(6 domains)"), r.out());
    }

    @Test
    @Order(2)
    void importsTheDistrictOutline() {
        Result r = run("areas", atlas.toString(), "import", file("tendring_lad_dissolved_from_lsoa2011.geojson"),
                "--level", "district", "--code-field", "LAD_CD", "--name-field", "LAD_NM");
        assertEquals("1 district areas imported (0 replaced); 0 skipped; 0 repaired; 0 do not nest in the level"
                + " above", r.lastLine());
    }

    @Test
    @Order(3)
    void fieldsSuggestTheWardCodeAndNameOfTheShapefile() {
        Result r = run("areas", atlas.toString(), "fields", file("tendring_wards2013_bng.shp"));
        assertTrue(r.lines().get(1).startsWith("WD13CD\tWD13CDO\tWD13NM"), r.out());
        assertTrue(r.out().contains("E05004250\t22UNHF\tPier") || r.out().contains("Alresford"), r.out());
        assertFalse(r.out().contains("\tnull"), "an empty field is shown as nothing:\n" + r.out());
        assertEquals("Suggested: --code-field WD13CD --name-field WD13NM --level ward", r.lastLine());
    }

    @Test
    @Order(4)
    void importsEveryWardOfTheBritishNationalGridShapefile() throws IOException {
        Result r = run("areas", atlas.toString(), "import", file("tendring_wards2013_bng.shp"), "--level", "ward",
                "--code-field", "WD13CD", "--name-field", "WD13NM");
        assertTrue(r.err().contains("British National Grid (EPSG:27700)"), r.err());
        int records = dbfRecordCount(files.resolve("tendring_wards2013_bng.dbf"));
        assertEquals(35, records);
        assertEquals(records + " ward areas imported (0 replaced); 0 skipped; 0 repaired; 0 do not nest in the"
                + " level above", r.lastLine());
    }

    @Test
    @Order(5)
    void importsTheLsoasAndNamesTheOneThatStraddlesTwoWards() throws IOException {
        Result r = run("areas", atlas.toString(), "import", file("tendring_lsoa2011_bgc.geojson"), "--level", "lsoa",
                "--code-field", "LSOA11CD", "--name-field", "LSOA11NM");
        int features = new ObjectMapper().readTree(files.resolve("tendring_lsoa2011_bgc.geojson").toFile())
                .get("features").size();
        assertEquals(89, features);
        assertEquals(features + " lsoa areas imported (0 replaced); 0 skipped; 0 repaired; 1 do not nest in the"
                + " level above", r.lastLine());
        assertTrue(r.out().contains("does not nest: Tendring 002F (E01033051): 68% inside Ramsey and Parkeston"),
                r.out());
    }

    @Test
    @Order(6)
    void groupsTheWardsIntoThreeNeighbourhoods() {
        Result r = run("areas", atlas.toString(), "group", "--lookup", file("neighbourhoods.csv"));
        assertEquals("3 neighbourhoods made from 35 areas", r.lastLine());
    }

    @Test
    @Order(7)
    void listShowsTheNeighbourhoodsInTheDistrictAndEveryWardInOne() {
        Result r = run("areas", atlas.toString(), "list");
        assertEquals("1 district, 3 neighbourhood, 35 ward, 89 lsoa", r.lastLine());
        Map<String, String> codeToName = new HashMap<>();
        Set<String> neighbourhoods = new LinkedHashSet<>();
        for (String line : r.lines()) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) {
                codeToName.put(f[1], f[2]);
                if (f[0].equals("Neighbourhood")) {
                    neighbourhoods.add(f[2]);
                    assertEquals("E07000076", f[3], line);
                }
            }
        }
        assertEquals(Set.of(CLACTON, HARWICH, FRINTON), neighbourhoods);
        for (String line : r.lines()) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("Ward")) {
                assertTrue(neighbourhoods.contains(codeToName.get(f[3])), "ward not in a neighbourhood: " + line);
            }
        }
    }

    @Test
    @Order(8)
    void importsTheCodePointOpenPostcodes() throws IOException {
        Result r = run("reference", atlas.toString(), "import", "postcodes",
                file("tendring_postcodes_codepoint_open_2014.csv"));
        long rows = Files.readAllLines(files.resolve("tendring_postcodes_codepoint_open_2014.csv")).stream()
                .filter(l -> l.matches("^\"?[A-Z]{1,2}\\d.*")).count();
        assertTrue(rows > 300, "rows " + rows);
        assertEquals("Imported " + rows + " of " + rows + " rows of OS Code-Point Open (2014).", r.lastLine());
    }

    @Test
    @Order(9)
    void importsTheImdDecilesOfEveryLsoa() throws IOException {
        Path imd = Path.of("data/reference/iod2019_file1_imd_colchester_tendring.csv");
        Result r = run("reference", atlas.toString(), "import", "deprivation", imd.toString());
        assertEquals("measures: imd2019-rank, imd2019-decile", r.lines().get(0));
        assertTrue(r.lastLine().startsWith("Imported 89 of 194 rows of English Indices of Deprivation 2019 as 2"
                + " measures; 105 areas are not in this project"), r.out());
        // the deciles stored for Tendring are those of the file's Tendring rows
        TreeSet<Integer> expected = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(imd, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in)) {
                if (rec.get(2).equals("E07000076")) {
                    expected.add(Integer.parseInt(rec.get(IMD_COLUMN)));
                }
            }
        }
        assertEquals(1, expected.first());
        try (AtlasProject p = AtlasProject.open(atlas)) {
            AreaMeasure m = p.statistics().indicatorMeasure("imd2019-decile").orElseThrow();
            TreeSet<Integer> stored = m.values().values().stream().map(Double::intValue)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(89, m.values().size());
            assertEquals(expected, stored);
        }
    }

    @Test
    @Order(10)
    void importsTheMid2015PopulationSummedUpToTheNeighbourhoods() throws IOException {
        Path file6 = Path.of("data/reference/iod2019_file6_population_mid2015_colchester_tendring.csv");
        Result r = run("reference", atlas.toString(), "import", "population", file6.toString());
        assertEquals("measures: pop-all-ages, pop-0-15, pop-16-59, pop-60-plus", r.lines().get(0));
        int tendring = 0;
        for (CSVRecord rec : csv(file6)) {
            if (rec.get(2).equals("E07000076")) {
                tendring += Integer.parseInt(rec.get(4).replace(",", ""));
            }
        }
        try (AtlasProject p = AtlasProject.open(atlas)) {
            assertEquals(tendring, p.area("E07000076").orElseThrow().population());
            int neighbourhoods = p.areas(org.assetatlas.model.AreaLevel.NEIGHBOURHOOD).stream()
                    .mapToInt(a -> a.population()).sum();
            assertEquals(tendring, neighbourhoods);
        }
    }

    @Test
    @Order(11)
    void listsTheReferenceFilesWithTheirSourceLicenceAndVintage() {
        Result r = run("reference", atlas.toString(), "list");
        List<String> rows = r.lines().subList(1, r.lines().size() - 1);
        assertEquals(3, rows.size(), r.out());
        assertTrue(rows.get(0).startsWith("Postcode centroids\tOS Code-Point Open\t2014\tOrdnance Survey\t"
                + "Open Government Licence v3.0 (OS OpenData)\t"), rows.get(0));
        assertTrue(rows.get(1).startsWith("Indices of Deprivation\tEnglish Indices of Deprivation 2019\t2019\t"
                + "Ministry of Housing, Communities and Local Government\tOpen Government Licence v3.0\t"), rows.get(1));
        assertTrue(rows.get(1).endsWith("\t89\tiod2019_file1_imd_colchester_tendring.csv"), rows.get(1));
        assertTrue(rows.get(2).startsWith("Population by age\t"), rows.get(2));
        assertEquals("3 reference files", r.lastLine());
    }

    @Test
    @Order(12)
    void importPlacesAssetsWithOnlyAPostcodeAndWarnsOfTheUnknownOne() throws IOException {
        Path source = files.resolve("tendring-assets-postcodes-only.csv");
        List<CSVRecord> rows = csv(source);
        long withPostcode = rows.stream().filter(r -> !r.get("postcode").isBlank()).count();
        assertTrue(rows.stream().allMatch(r -> r.get("latitude").isBlank() && r.get("longitude").isBlank()));
        Result r = run("import", atlas.toString(), source.toString());
        assertEquals("imported " + rows.size() + ", rejected 0", r.lastLine());
        assertTrue(r.out().contains((withPostcode - 1) + " located by postcode"), r.out());
        assertTrue(r.out().contains("1 asset has a postcode this project's postcode list does not know, so it was"
                + " imported without a location (" + UNKNOWN_POSTCODE + ")"), r.out());

        Path exported = dir.resolve("exported.csv");
        run("export", atlas.toString(), exported.toString());
        List<CSVRecord> out = csv(exported);
        assertEquals(rows.size(), out.size());
        long located = out.stream().filter(a -> a.get("location_source").equals("postcode")).count();
        assertEquals(withPostcode - 1, located);
        for (CSVRecord a : out) {
            boolean hasLocation = !a.get("latitude").isBlank();
            boolean expectLocation = !a.get("postcode").isBlank() && !a.get("postcode").equals(UNKNOWN_POSTCODE);
            assertEquals(expectLocation, hasLocation, a.get("name"));
        }
    }

    @Test
    @Order(13)
    void everyLocatedAssetIsInOneWardAndOneNeighbourhood() throws IOException {
        Map<String, List<String>> wardsOf = new HashMap<>();
        List<String> wardCodes = run("areas", atlas.toString(), "list").lines().stream()
                .filter(l -> l.startsWith("Ward\t")).map(l -> l.split("\t")[1]).toList();
        for (String ward : wardCodes) {
            for (String line : run("list", atlas.toString(), "--area", ward).lines()) {
                wardsOf.computeIfAbsent(line.split("\t")[0], k -> new ArrayList<>()).add(ward);
            }
        }
        Map<String, List<String>> neighbourhoodsOf = new HashMap<>();
        for (String n : List.of(CLACTON, HARWICH, FRINTON)) {
            for (String line : run("list", atlas.toString(), "--area", n).lines()) {
                neighbourhoodsOf.computeIfAbsent(line.split("\t")[0], k -> new ArrayList<>()).add(n);
            }
        }
        List<CSVRecord> rows = csv(files.resolve("tendring-assets-postcodes-only.csv"));
        int placed = 0;
        for (CSVRecord a : rows) {
            if (a.get("postcode").isBlank() || a.get("postcode").equals(UNKNOWN_POSTCODE)) {
                continue;
            }
            assertEquals(1, wardsOf.getOrDefault(a.get("id"), List.of()).size(), a.get("name") + " wards");
            assertEquals(1, neighbourhoodsOf.getOrDefault(a.get("id"), List.of()).size(), a.get("name"));
            placed++;
        }
        assertEquals(27, placed);
        assertEquals(List.of(CLACTON), neighbourhoodsOf.get("lib-S100605"));
        assertEquals(List.of(HARWICH), neighbourhoodsOf.get("lib-S100557"));
        assertEquals(List.of(FRINTON), neighbourhoodsOf.get("lib-S101838"));
        // recorded for the neighbourhood, no postcode: in it, in no ward
        assertEquals(List.of(HARWICH), neighbourhoodsOf.get("ill-t1"));
        assertFalse(wardsOf.containsKey("ill-t1"));
        assertFalse(neighbourhoodsOf.containsKey("lib-great-bromley-community-library"));
    }

    @Test
    @Order(14)
    void mapShadesTheLsoasByImdDecile() throws IOException {
        Path png = dir.resolve("tendring-imd.png");
        Result r = run("map", atlas.toString(), "--out", png.toString(), "--choropleth", "imd", "--width", "800",
                "--height", "600");
        assertTrue(r.out().startsWith("wrote "), r.out());
        var image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
    }

    @Test
    @Order(15)
    void signpostingNearClactonLibrarysPostcodeFindsItFirst() {
        Result r = run("search", atlas.toString(), "library", "--near", "CO15 1SF", "--limit", "5");
        assertTrue(r.lines().get(0).startsWith("1. Clacton Library  (under 0.1 miles)"), r.out());
        assertTrue(r.out().contains("West Clacton Library"), r.out());
    }

    @Test
    @Order(16)
    void writesTheAgeWellReportForTendring() throws IOException {
        Path pdf = dir.resolve("age-well.pdf");
        run("report", atlas.toString(), "--domain", "Age Well", "--out", pdf.toString());
        assertTrue(Files.size(pdf) > 10_000);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("Tendring"), "no Tendring in the report");
            assertTrue(text.contains("Clacton Library"), "Clacton Library is not in the directory");
            assertTrue(text.contains(HARWICH), "no neighbourhood in the report");
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** The record count in a dBase header (bytes 4–7, little-endian), read independently of the app's reader. */
    private static int dbfRecordCount(Path dbf) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(dbf)) {
            assertEquals(8, in.readNBytes(head, 0, 8));
        }
        return ByteBuffer.wrap(head, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
