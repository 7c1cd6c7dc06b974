package org.assetatlas.io.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assetatlas.util.Progress;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format reads the same Tendring areas, with the same codes, names and places as the ONS GeoJSON. */
class BoundaryFormatsTest {

    /** The reference: the ONS GeoJSON of the 18 MSOAs, by code. */
    private static Map<String, BoundaryFeature> reference;

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(BoundaryFormatsTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Missing test resource " + name, e);
        }
    }

    @BeforeAll
    static void readReference() throws IOException {
        BoundaryRead read = BoundaryFiles.read(resource("tendring/tendring_msoa2011_bgc.geojson"),
                BoundaryOptions.defaults(), Progress.NONE);
        assertEquals(BoundaryFormat.GEOJSON, read.format());
        assertEquals(List.of("MSOA11CD", "MSOA11NM"), read.fieldNames());
        assertEquals(4326, read.sourceCrs().epsg());
        assertFalse(read.sourceCrs().assumed());
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
        reference = new HashMap<>();
        for (BoundaryFeature f : read.features()) {
            reference.put(f.get("MSOA11CD"), f);
        }
        assertEquals(18, reference.size());
    }

    /** Every MSOA is there once, with its name, area within 0.2% and centre within {@code metres}. */
    private static void assertSameMsoas(BoundaryRead read, String codeField, String nameField, double metres) {
        assertEquals(18, read.features().size(), read.notes().toString());
        assertTrue(read.skipped().isEmpty(), read.skipped().toString());
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
        for (BoundaryFeature f : read.features()) {
            BoundaryFeature ref = reference.get(f.get(codeField));
            assertTrue(ref != null, "unknown code " + f.get(codeField));
            assertEquals(ref.get("MSOA11NM"), f.get(nameField));
            Geometry g = f.geometry();
            assertEquals(4326, g.getSRID());
            assertTrue(g.isValid());
            assertEquals(ref.geometry().getArea(), g.getArea(), ref.geometry().getArea() * 0.002,
                    "area of " + f.get(codeField));
            double km = BoundaryFiles.distanceKm(ref.geometry().getCentroid().getY(),
                    ref.geometry().getCentroid().getX(), g.getCentroid().getY(), g.getCentroid().getX());
            assertTrue(km * 1000 < metres, f.get(codeField) + " centre is " + km * 1000 + " m away");
        }
    }

    @Test
    void geoPackageReadsTheSameMsoas() throws IOException {
        BoundaryRead read = BoundaryFiles.read(resource("boundaries/tendring_msoa2011.gpkg"),
                BoundaryOptions.defaults(), Progress.NONE);
        assertEquals(BoundaryFormat.GEOPACKAGE, read.format());
        assertEquals("tendring_msoa2011", read.layer());
        assertEquals(List.of("MSOA11CD", "MSOA11NM"), read.fieldNames());
        assertEquals(4326, read.sourceCrs().epsg());
        assertSameMsoas(read, "MSOA11CD", "MSOA11NM", 1);
    }

    @Test
    void zippedBritishNationalGridShapefileIsReprojected() throws IOException {
        BoundaryRead read = BoundaryFiles.read(resource("boundaries/tendring_msoa2011_bng.zip"),
                BoundaryOptions.defaults(), Progress.NONE);
        assertEquals(BoundaryFormat.SHAPEFILE, read.format());
        assertEquals("tendring_msoa2011_bng", read.layer());
        assertEquals(List.of("MSOA11CD", "MSOA11NM"), read.fieldNames());
        assertEquals(27700, read.sourceCrs().epsg());
        assertFalse(read.sourceCrs().assumed());
        assertTrue(read.sourceCrs().description().contains(".prj"));
        assertSameMsoas(read, "MSOA11CD", "MSOA11NM", 5);
    }

    @Test
    void kmlReadsTheSameMsoasWithTheNameInItsNameElement() throws IOException {
        BoundaryRead read = BoundaryFiles.read(resource("boundaries/tendring_msoa2011.kml"),
                BoundaryOptions.defaults(), Progress.NONE);
        assertEquals(BoundaryFormat.KML, read.format());
        assertEquals(List.of("name", "MSOA11CD"), read.fieldNames());
        assertSameMsoas(read, "MSOA11CD", "name", 1);
    }

    @Test
    void shapefileWithoutPrjIsAssumedBritishNationalGridWithANote() throws IOException {
        Path shp = unzip(resource("boundaries/tendring_msoa2011_bng.zip"), ".prj");
        BoundaryRead read = BoundaryFiles.read(shp, BoundaryOptions.defaults(), Progress.NONE);
        assertEquals(27700, read.sourceCrs().epsg());
        assertTrue(read.sourceCrs().assumed());
        assertTrue(read.sourceCrs().description().startsWith("assumed British National Grid"));
        assertEquals(1, read.warnings().size());
        assertTrue(read.warnings().get(0).message().contains("British National Grid"));
        assertEquals(18, read.features().size());
        BoundaryFeature first = read.features().get(0);
        Point c = first.geometry().getCentroid();
        Point ref = reference.get(first.get("MSOA11CD")).geometry().getCentroid();
        assertTrue(BoundaryFiles.distanceKm(ref.getY(), ref.getX(), c.getY(), c.getX()) < 0.005);
    }

    @Test
    void wardsShapefileFillsTheDistrict() throws IOException {
        BoundaryRead read = BoundaryFiles.read(resource("boundaries/tendring_wards2013_bng.shp"),
                BoundaryOptions.defaults(), Progress.NONE);
        assertEquals(List.of("WD13CD", "WD13CDO", "WD13NM", "WD13NMW"), read.fieldNames());
        assertEquals(35, read.features().size());
        assertEquals(35, read.features().stream().map(f -> f.get("WD13CD")).distinct().count());
        assertEquals("Alresford", read.features().get(0).get("WD13NM"));
        assertNull(read.features().get(0).get("WD13NMW"));
        Geometry district = BoundaryFiles.read(resource("tendring/tendring_lad_dissolved_from_lsoa2011.geojson"),
                BoundaryOptions.defaults(), Progress.NONE).features().get(0).geometry();
        double wards = read.features().stream().mapToDouble(f -> f.geometry().getArea()).sum();
        assertEquals(district.getArea(), wards, district.getArea() * 0.01);
        for (BoundaryFeature f : read.features()) {
            assertTrue(district.buffer(0.001).contains(f.geometry().getInteriorPoint()), f.get("WD13NM"));
        }
    }

    @Test
    void previewGivesFieldNamesAndTheFirstRows() throws IOException {
        for (String name : List.of("tendring/tendring_msoa2011_bgc.geojson", "boundaries/tendring_msoa2011.gpkg",
                "boundaries/tendring_msoa2011_bng.zip")) {
            BoundaryPreview p = BoundaryFiles.preview(resource(name), 3);
            assertEquals(List.of("MSOA11CD", "MSOA11NM"), p.fieldNames(), name);
            assertEquals(3, p.rows().size(), name);
            assertEquals("E02004573", p.rows().get(0).get("MSOA11CD"), name);
            assertEquals("Tendring 001", p.rows().get(0).get("MSOA11NM"), name);
        }
        BoundaryPreview kml = BoundaryFiles.preview(resource("boundaries/tendring_msoa2011.kml"), 2);
        assertEquals(List.of("name", "MSOA11CD"), kml.fieldNames());
        assertEquals(Map.of("name", "Tendring 001", "MSOA11CD", "E02004573"), kml.rows().get(0));
    }

    @Test
    void dbaseTextInWindows1252FromTheCpgFile() throws IOException {
        BoundaryRead read = BoundaryFiles.read(resource("boundaries/names_cp1252.shp"), BoundaryOptions.defaults(),
                Progress.NONE);
        assertEquals("Café Quarter", read.features().get(0).get("NAME"));
        assertEquals("Pont-l'Évêque € Fund", read.features().get(1).get("NAME"));
        assertEquals(1, read.features().get(1).geometry().getNumGeometries());
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) read.features().get(1).geometry()).getNumInteriorRing(),
                "the anticlockwise ring is a hole");
    }

    @Test
    void dbaseCodePageFromTheLanguageDriverByteAndFieldTypes() throws IOException {
        BoundaryRead read = BoundaryFiles.read(resource("boundaries/names_ldid.shp"), BoundaryOptions.defaults(),
                Progress.NONE);
        assertEquals(List.of("CODE", "NAME", "AREA_HA", "ACTIVE", "SINCE"), read.fieldNames());
        assertTrue(read.sourceCrs().assumed(), "no .prj");
        Map<String, String> first = read.features().get(0).attributes();
        assertEquals("Café Quarter", first.get("NAME"));
        assertEquals("12.50", first.get("AREA_HA"));
        assertEquals("true", first.get("ACTIVE"));
        assertEquals("2019-04-01", first.get("SINCE"));
        Map<String, String> second = read.features().get(1).attributes();
        assertEquals("Pont-l'Évêque € Fund", second.get("NAME"));
        assertEquals("false", second.get("ACTIVE"));
        assertNull(second.get("SINCE"));
    }

    /** Unpacks a zip into the temporary folder, leaving out entries ending in {@code leaveOut}; returns the .shp. */
    private Path unzip(Path zip, String leaveOut) throws IOException {
        Path shp = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(leaveOut)) {
                    continue;
                }
                Path out = dir.resolve(e.getName());
                try (OutputStream o = Files.newOutputStream(out)) {
                    in.transferTo(o);
                }
                if (e.getName().endsWith(".shp")) {
                    shp = out;
                }
            }
        }
        return shp;
    }

    static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
