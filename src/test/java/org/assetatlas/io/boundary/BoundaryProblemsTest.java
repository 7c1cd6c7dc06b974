package org.assetatlas.io.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad boundary files: repaired or skipped features are reported, unsafe or malformed files refused plainly. */
class BoundaryProblemsTest {

    /** A small square near Clacton-on-Sea, as a GeoJSON polygon's coordinates. */
    private static final String SQUARE = "[[[1.15,51.79],[1.16,51.79],[1.16,51.80],[1.15,51.80],[1.15,51.79]]]";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String feature(String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String polygon(String coordinates) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
    }

    private static BoundaryRead read(Path p) throws IOException {
        return BoundaryFiles.read(p, BoundaryOptions.defaults(), Progress.NONE);
    }

    @Test
    void selfIntersectingPolygonIsRepairedAndReported() throws IOException {
        String bowtie = "[[[1.15,51.79],[1.16,51.80],[1.16,51.79],[1.15,51.80],[1.15,51.79]]]";
        BoundaryRead read = read(write("bowtie.geojson", collection(feature("A", polygon(SQUARE)),
                feature("B", polygon(bowtie)))));
        assertEquals(2, read.features().size());
        assertEquals(1, read.repaired().size());
        assertEquals(2, read.repaired().get(0).featureNumber());
        assertTrue(read.repaired().get(0).message().contains("Feature 2 (B)"), read.repaired().get(0).message());
        assertTrue(read.repaired().get(0).message().contains("crosses itself"), read.repaired().get(0).message());
        assertTrue(read.features().get(1).geometry().isValid());
        assertEquals(2, read.features().get(1).number());
    }

    @Test
    void emptyMissingAndPointGeometriesAreSkippedWithReasons() throws IOException {
        BoundaryRead read = read(write("gaps.geojson", collection(feature("A", polygon(SQUARE)),
                feature("B", polygon("[]")), feature("C", "null"),
                feature("D", "{\"type\":\"Point\",\"coordinates\":[1.1,51.8]}"),
                feature("E", polygon(SQUARE)))));
        assertEquals(List.of(1, 5), read.features().stream().map(BoundaryFeature::number).toList());
        assertEquals(List.of(2, 3, 4), read.skipped().stream().map(BoundaryNote::featureNumber).toList());
        assertTrue(read.skipped().get(0).message().contains("empty"), read.skipped().get(0).message());
        assertTrue(read.skipped().get(1).message().contains("no geometry"), read.skipped().get(1).message());
        assertTrue(read.skipped().get(2).message().contains("a point, not an area"), read.skipped().get(2).message());
    }

    @Test
    void aFileOfNothingButSkippedFeaturesIsRefused() throws IOException {
        Path p = write("none.geojson", collection(feature("A", "null")));
        BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(p));
        assertTrue(e.getMessage().contains("no geometry"), e.getMessage());
    }

    @Test
    void farAwayFeatureIsFlagged() throws IOException {
        // A square in the Atlantic off Brazil: the sort of place a wrongly projected area ends up
        String far = "[[[-35.0,-8.0],[-34.9,-8.0],[-34.9,-7.9],[-35.0,-7.9],[-35.0,-8.0]]]";
        BoundaryRead read = read(write("far.geojson", collection(feature("A", polygon(SQUARE)),
                feature("B", polygon(SQUARE.replace("1.15", "1.13"))), feature("C", polygon(far)))));
        assertEquals(3, read.features().size());
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        BoundaryNote w = read.warnings().get(0);
        assertEquals(3, w.featureNumber());
        assertTrue(w.message().matches("Feature 3 \\(C\\) is [\\d,]+ km from the others: is the projection right\\?"),
                w.message());
    }

    @Test
    void areasOutsideTheUnitedKingdomAreFlagged() throws IOException {
        String paris = "[[[2.30,48.85],[2.31,48.85],[2.31,48.86],[2.30,48.86],[2.30,48.85]]]";
        BoundaryRead read = read(write("paris.geojson", collection(feature("P", polygon(paris)))));
        assertEquals(1, read.warnings().size());
        assertTrue(read.warnings().get(0).message().startsWith("None of these areas is in the United Kingdom"));
    }

    @Test
    void legacyGeoJsonCrsIsHonoured() throws IOException {
        String bng = "[[[617337,214843],[618026,214873],[617978,215985],[617289,215955],[617337,214843]]]";
        String text = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:EPSG::27700\"}},\"features\":[" + feature("A", polygon(bng)) + "]}";
        BoundaryRead read = read(write("bng.geojson", text));
        assertEquals(27700, read.sourceCrs().epsg());
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
        var c = read.features().get(0).geometry().getCentroid();
        assertEquals(1.155, c.getX(), 0.001);
        assertEquals(51.795, c.getY(), 0.001);
    }

    @Test
    void coordinatesInNoKnownRangeAreRefused() throws IOException {
        String odd = "[[[2000000,9000000],[2000100,9000000],[2000100,9000100],[2000000,9000000]]]";
        Path p = write("odd.geojson", collection(feature("A", polygon(odd))));
        BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(p));
        assertTrue(e.getMessage().contains("neither longitude/latitude nor British National Grid"),
                e.getMessage());
        String bng = "[[[617337,214843],[618026,214873],[617978,215985],[617289,215955],[617337,214843]]]";
        BoundaryRead read = read(write("bng.geojson", collection(feature("A", polygon(bng)))));
        assertEquals(27700, read.sourceCrs().epsg());
        assertTrue(read.sourceCrs().assumed());
        String stated = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"EPSG:4326\"}},\"features\":[" + feature("A", polygon(bng)) + "]}";
        Path wrong = write("wrong.geojson", stated);
        e = assertThrows(BoundaryFileException.class, () -> read(wrong));
        assertTrue(e.getMessage().contains("look like British National Grid metres"), e.getMessage());
    }

    @Test
    void malformedGeoJsonNamesTheLine() throws IOException {
        Path p = write("broken.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":\"Feature\",,}]}");
        BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(p));
        assertTrue(e.getMessage().startsWith("The GeoJSON file is malformed at line 3"), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedNamingTheLimit() throws IOException {
        Path p = write("big.geojson", collection(feature("A", polygon(SQUARE))));
        BoundaryFileException e = assertThrows(BoundaryFileException.class,
                () -> BoundaryFiles.read(p, BoundaryOptions.defaults().withMaxFileBytes(50), Progress.NONE));
        assertTrue(e.getMessage().contains("up to 1 KB can be read"), e.getMessage());
        BoundaryFileException zip = assertThrows(BoundaryFileException.class,
                () -> BoundaryFiles.read(BoundaryFormatsTest.resource("boundaries/tendring_msoa2011_bng.zip"),
                        BoundaryOptions.defaults().withMaxFileBytes(50_000), Progress.NONE));
        assertTrue(zip.getMessage().contains("larger than 49 KB once unpacked"), zip.getMessage());
    }

    @Test
    void zipEntryClimbingOutOfItsFolderIsRefused() throws IOException {
        for (String evil : List.of("../../evil.shp", "/etc/evil.shp", "C:\\evil.shp", "ok/../../evil.txt")) {
            Path zip = dir.resolve("slip.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (String name : List.of("fine.shp", evil)) {
                    out.putNextEntry(new ZipEntry(name));
                    out.write(new byte[] {1, 2, 3});
                    out.closeEntry();
                }
            }
            BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(zip));
            assertTrue(e.getMessage().contains("unsafe path"), e.getMessage());
            assertThrows(BoundaryFileException.class, () -> BoundaryFiles.preview(zip, 3));
        }
    }

    @Test
    void kmlWithAnExternalEntityIsRefused() throws IOException {
        Path secret = write("secret.txt", "not for you");
        Path kml = write("xxe.kml", "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark>"
                + "<name>&x;</name><Polygon><outerBoundaryIs><LinearRing><coordinates>1.15,51.79 1.16,51.79 "
                + "1.16,51.80 1.15,51.79</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>"
                + "</Document></kml>");
        BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(kml));
        assertTrue(e.getMessage().startsWith("The KML file was not read: it declares a document type"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("not for you"));
    }

    @Test
    void kmlMultiGeometryAndDataAreRead() throws IOException {
        String ring = "<Polygon><outerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing>"
                + "</outerBoundaryIs></Polygon>";
        Path kml = write("multi.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Areas</name>"
                + "<Placemark><name>Two parts</name><ExtendedData><Data name=\"code\"><value>T1</value></Data>"
                + "</ExtendedData><MultiGeometry>"
                + String.format(ring, "1.15,51.79 1.16,51.79 1.16,51.80 1.15,51.79")
                + String.format(ring, "1.17,51.79,0 1.18,51.79,0 1.18,51.80,0 1.17,51.79,0")
                + "</MultiGeometry></Placemark>"
                + "<Placemark><name>A pin</name><Point><coordinates>1.1,51.8</coordinates></Point></Placemark>"
                + "</Document></kml>");
        BoundaryRead read = read(kml);
        assertEquals("Areas", read.layer());
        assertEquals(List.of("name", "code"), read.fieldNames());
        assertEquals("T1", read.features().get(0).get("code"));
        assertEquals(2, read.features().get(0).geometry().getNumGeometries());
        assertEquals(2, read.skipped().get(0).featureNumber());
        assertTrue(read.skipped().get(0).message().contains("a point, not an area"));
    }

    @Test
    void malformedKmlNamesTheLineOrPlacemark() throws IOException {
        Path broken = write("broken.kml", "<kml>\n<Document>\n<Placemark>\n</Document></kml>");
        BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(broken));
        assertTrue(e.getMessage().startsWith("The KML file is malformed at line 4"), e.getMessage());
        Path badCoords = write("coords.kml", "<kml><Document><Placemark><name>Bad</name><Polygon><outerBoundaryIs>"
                + "<LinearRing><coordinates>1.15,51.79 east,north 1.16,51.80 1.15,51.79</coordinates></LinearRing>"
                + "</outerBoundaryIs></Polygon></Placemark></Document></kml>");
        e = assertThrows(BoundaryFileException.class, () -> read(badCoords));
        assertTrue(e.getMessage().contains("Placemark 1 (\"Bad\")"), e.getMessage());
        assertTrue(e.getMessage().contains("\"east,north\""), e.getMessage());
    }

    @Test
    void damagedShapefileNamesTheShape() throws IOException {
        Path src = BoundaryFormatsTest.resource("boundaries/names_ldid.shp");
        byte[] shp = Files.readAllBytes(src);
        byte[] cut = java.util.Arrays.copyOf(shp, shp.length - 40);
        Files.write(dir.resolve("cut.shp"), cut);
        Files.copy(src.resolveSibling("names_ldid.dbf"), dir.resolve("cut.dbf"));
        BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(dir.resolve("cut.shp")));
        assertTrue(e.getMessage().startsWith("The .shp file is damaged at shape 2"), e.getMessage());
        Files.delete(dir.resolve("cut.dbf"));
        e = assertThrows(BoundaryFileException.class, () -> read(dir.resolve("cut.shp")));
        assertTrue(e.getMessage().contains(".dbf file (its attributes) is missing"), e.getMessage());
    }

    @Test
    void unknownExtensionAndUnknownPrjAreRefusedPlainly() throws IOException {
        Path txt = write("areas.txt", "hello");
        assertTrue(assertThrows(BoundaryFileException.class, () -> read(txt)).getMessage()
                .contains("is not a boundary file this app can read"));
        BoundaryFileException e = assertThrows(BoundaryFileException.class,
                () -> BoundaryCrs.fromWkt("PROJCS[\"Mars_Equidistant\",GEOGCS[\"GCS_Mars_2000\"]]"));
        assertTrue(e.getMessage().contains("\"Mars_Equidistant\""), e.getMessage());
        assertEquals(27700, BoundaryCrs.fromWkt("PROJCS[\"OSGB 1936 / British National Grid\",GEOGCS[\"OSGB 1936\","
                + "AUTHORITY[\"EPSG\",\"4277\"]],AUTHORITY[\"EPSG\",\"27700\"]]").epsg());
        assertEquals(4326, BoundaryCrs.fromWkt("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"]]").epsg());
        assertEquals(32630, BoundaryCrs.fromWkt("PROJCS[\"WGS_1984_UTM_Zone_30N\",GEOGCS[\"GCS_WGS_1984\"]]").epsg());
    }

    @Test
    void cancellingStopsTheRead() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> BoundaryFiles.read(
                BoundaryFormatsTest.resource("boundaries/tendring_msoa2011.kml"), BoundaryOptions.defaults(),
                cancelled));
    }

    @Test
    void fileThatIsNotAGeoPackageIsRefusedAndTheFixtureIsLeftAlone() throws IOException {
        Path fake = write("fake.gpkg", "this is not a database");
        BoundaryFileException e = assertThrows(BoundaryFileException.class, () -> read(fake));
        assertTrue(e.getMessage().startsWith("\"fake.gpkg\" is not a GeoPackage this app can read"), e.getMessage());
        Path copy = dir.resolve("copy.gpkg");
        Files.copy(BoundaryFormatsTest.resource("boundaries/tendring_msoa2011.gpkg"), copy);
        byte[] before = Files.readAllBytes(copy);
        assertEquals(18, read(copy).features().size());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)), "reading must not change the file");
    }

    @Test
    void zipWithoutAShapefileIsRefused() throws IOException {
        Path zip = dir.resolve("empty.zip");
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(o)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.closeEntry();
        }
        assertTrue(assertThrows(BoundaryFileException.class, () -> read(zip)).getMessage()
                .contains("holds no shapefile"));
    }
}
