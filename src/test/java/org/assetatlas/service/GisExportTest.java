package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.sf.Point;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.DatabaseFile;
import org.assetatlas.util.OutputRefusedException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/**
 * The GIS export: a GeoPackage and GeoJSON files that read back as the project, on the Tendring project set up from
 * boundary files and on a small project made here; individuals only with the opt-in; never over a project.
 */
class GisExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The assets the point layer must hold: those that may be shared and have a location. */
    private static List<Asset> drawn(AtlasProject p, Individuals choice) {
        return PersonalDetails.release(p.assets().find(AssetQuery.all()), choice).assets().stream()
                .filter(a -> a.location() != null).toList();
    }

    private static Map<String, FeatureRow> rows(GeoPackage gpkg, String table, String key) {
        Map<String, FeatureRow> rows = new HashMap<>();
        FeatureDao dao = gpkg.getFeatureDao(table);
        FeatureResultSet rs = dao.queryForAll();
        try {
            while (rs.moveToNext()) {
                FeatureRow row = rs.getRow();
                rows.put((String) row.getValue(key), row);
            }
        } finally {
            rs.close();
        }
        return rows;
    }

    @Test
    void tendringGeoPackageReadsBackAsTheProject() throws Exception {
        try (AtlasProject p = TendringFixture.build(dir.resolve("tendring.atlas"))) {
            Path out = dir.resolve("tendring.gpkg");
            GisExport.Result r = p.gis().export(GisExport.Format.GEOPACKAGE, out, Individuals.LEAVE_OUT, Progress.NONE);
            List<Asset> drawn = drawn(p, Individuals.LEAVE_OUT);
            assertEquals(drawn.size(), r.assets().assets());
            assertEquals(List.of(out.toAbsolutePath().normalize()), r.files());

            DatabaseFile header = DatabaseFile.read(out).orElseThrow();
            assertEquals(0x47504B47, header.applicationId());
            assertEquals(10300, header.userVersion());
            try (GeoPackage gpkg = GeoPackageManager.open(true, out.toFile(), true)) {
                assertEquals(List.of("areas", "assets"), gpkg.getFeatureTables().stream().sorted().toList());
                assertTrue(gpkg.getAttributesTables().contains("factors"));

                Map<String, FeatureRow> assets = rows(gpkg, "assets", "id");
                assertEquals(drawn.size(), assets.size());
                for (Asset a : drawn) {
                    FeatureRow row = assets.get(a.uid());
                    assertNotNull(row, a.uid());
                    assertEquals(a.name(), row.getValue("name"));
                    assertEquals(a.category().code(), row.getValue("category"));
                    assertEquals(a.postcode().isEmpty() ? null : a.postcode(), row.getValue("postcode"));
                    assertEquals(String.join(";", a.domains()), row.getValue("domains"));
                    Point at = (Point) row.getGeometry().getGeometry();
                    assertEquals(a.location().lon(), at.getX(), 0.0, a.uid());
                    assertEquals(a.location().lat(), at.getY(), 0.0, a.uid());
                }

                Map<String, FeatureRow> areas = rows(gpkg, "areas", "code");
                assertEquals(p.areas().size(), areas.size());
                for (Area a : p.areas()) {
                    FeatureRow row = areas.get(a.code());
                    assertEquals(a.name(), row.getValue("name"));
                    assertEquals(a.level().code(), row.getValue("level"));
                    assertEquals(a.parentCode(), row.getValue("parent_code"));
                    assertEquals("MultiPolygon", row.getGeometry().getGeometry().getGeometryType().getName()
                            .replace("MULTIPOLYGON", "MultiPolygon"));
                }

                AttributesDao factors = gpkg.getAttributesDao("factors");
                assertEquals(p.factors().factors().size(), factors.count());
                Map<String, Object> areaCodesByDescription = new HashMap<>();
                AttributesResultSet ars = factors.queryForAll();
                try {
                    while (ars.moveToNext()) {
                        areaCodesByDescription.put((String) ars.getRow().getValue("description"),
                                ars.getRow().getValue("area_codes"));
                    }
                } finally {
                    ars.close();
                }
                assertEquals(TendringFixture.DISTRICT, areaCodesByDescription.get(TendringFixture.DISTRICT_ENABLER));
                assertTrue(areaCodesByDescription.containsKey(TendringFixture.WHOLE_PROJECT_BARRIER));
                assertNull(areaCodesByDescription.get(TendringFixture.WHOLE_PROJECT_BARRIER), "whole project: no area");

                RTreeIndexExtension rtree = new RTreeIndexExtension(gpkg);
                assertTrue(rtree.has("assets"));
                assertTrue(rtree.has("areas"));
                try (Statement s = gpkg.getConnection().getConnection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM rtree_assets_geom")) {
                    assertEquals(drawn.size(), rs.getInt(1));
                }
                Map<String, String> styles = new HashMap<>();
                try (Statement s = gpkg.getConnection().getConnection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT f_table_name, styleQML FROM layer_styles "
                             + "WHERE useAsDefault")) {
                    while (rs.next()) {
                        styles.put(rs.getString(1), rs.getString(2));
                    }
                }
                assertEquals(java.util.Set.of("assets", "areas"), styles.keySet());
                for (AbcdCategory c : AbcdCategory.values()) {
                    String colour = ((c.rgb() >> 16) & 0xFF) + "," + ((c.rgb() >> 8) & 0xFF) + "," + (c.rgb() & 0xFF);
                    assertTrue(styles.get("assets").contains("value=\"" + c.code() + "\""), c.code());
                    assertTrue(styles.get("assets").contains(colour + ",255"), c + " " + colour);
                }
            }
        }
    }

    @Test
    void tendringGeoJsonIsOneFeatureCollectionPerLayerInLongitudeLatitude() throws Exception {
        try (AtlasProject p = TendringFixture.build(dir.resolve("tendring.atlas"))) {
            GisExport.Result r = p.gis().export(GisExport.Format.GEOJSON, dir.resolve("tendring.geojson"),
                    Individuals.LEAVE_OUT, Progress.NONE);
            assertEquals(List.of("tendring-assets.geojson", "tendring-areas.geojson", "tendring-factors.geojson"),
                    r.files().stream().map(f -> f.getFileName().toString()).toList());
            assertFalse(Files.exists(dir.resolve("tendring.geojson")));

            JsonNode assets = JSON.readTree(dir.resolve("tendring-assets.geojson").toFile());
            assertEquals("FeatureCollection", assets.get("type").asText());
            assertFalse(assets.has("crs"), "RFC 7946 has no crs member");
            Map<String, JsonNode> byId = new HashMap<>();
            assets.get("features").forEach(f -> byId.put(f.get("properties").get("id").asText(), f));
            List<Asset> drawn = drawn(p, Individuals.LEAVE_OUT);
            assertEquals(drawn.size(), byId.size());
            for (Asset a : drawn) {
                JsonNode f = byId.get(a.uid());
                assertEquals("Point", f.get("geometry").get("type").asText());
                JsonNode xy = f.get("geometry").get("coordinates");
                assertEquals(a.location().lon(), xy.get(0).asDouble(), 0.0, "longitude first");
                assertEquals(a.location().lat(), xy.get(1).asDouble(), 0.0);
                assertEquals(a.name(), f.get("properties").get("name").asText());
                assertFalse(f.get("properties").has("latitude"), "the point carries the location");
            }

            JsonNode areas = JSON.readTree(dir.resolve("tendring-areas.geojson").toFile());
            assertEquals(p.areas().size(), areas.get("features").size());
            for (JsonNode f : areas.get("features")) {
                assertEquals("MultiPolygon", f.get("geometry").get("type").asText());
                double lon = f.get("geometry").get("coordinates").get(0).get(0).get(0).get(0).asDouble();
                double lat = f.get("geometry").get("coordinates").get(0).get(0).get(0).get(1).asDouble();
                assertTrue(lon > 0.9 && lon < 1.4 && lat > 51.7 && lat < 52.0, lon + ", " + lat + " in Tendring");
            }

            JsonNode factors = JSON.readTree(dir.resolve("tendring-factors.geojson").toFile());
            assertEquals(p.factors().factors().size(), factors.get("features").size());
            factors.get("features").forEach(f -> assertTrue(f.get("geometry").isNull()));
        }
    }

    private static Asset person(String name, GeoPoint at) {
        return Asset.builder().name(name).kind(AssetKind.INDIVIDUAL).category(AbcdCategory.INDIVIDUALS)
                .domains(List.of("Age Well")).address("2 Quay Street").postcode("CO1 1AA").location(at)
                .phone("01632 960201").email("pat@example.org").build();
    }

    /** A project made here: two areas, a hall, a club without a location, a befriender, a factor, two stops. */
    private AtlasProject scratch() throws Exception {
        AtlasProject p = AtlasProject.create(dir.resolve("scratch.atlas"), "Scratch", Framework.liveWell());
        WKTReader wkt = new WKTReader();
        p.saveAreas(List.of(
                new Area("D1", "Riverside", AreaLevel.DISTRICT, null, 2000,
                        wkt.read("POLYGON ((0.8 51.8, 1.0 51.8, 1.0 52.0, 0.8 52.0, 0.8 51.8))"), ""),
                new Area("W1", "North Ward", AreaLevel.WARD, "D1", 800,
                        wkt.read("MULTIPOLYGON (((0.8 51.9, 1.0 51.9, 1.0 52.0, 0.8 52.0, 0.8 51.9)))"), "")),
                Progress.NONE);
        p.assets().save(Asset.builder().name("Village Hall").kind(AssetKind.VENUE).category(AbcdCategory.PHYSICAL)
                .domains(List.of("Be Well")).location(new GeoPoint(51.95, 0.9)).ageMin(16).build());
        p.assets().save(Asset.builder().name("Knit and Natter").kind(AssetKind.GROUP)
                .category(AbcdCategory.ASSOCIATIONS).domains(List.of("Feel Well")).build());
        Asset pat = p.assets().save(person("Pat the befriender", new GeoPoint(51.85, 0.85)));
        Asset hall = p.assets().find(AssetQuery.all()).stream().filter(a -> a.name().equals("Village Hall"))
                .findFirst().orElseThrow();
        p.factors().record(new Factor(0, FactorKind.ENABLER, "Transport", "A volunteer drives people to the hall",
                List.of("Age Well"), List.of("W1"), List.of(pat.uid(), hall.uid()), 2, List.of(), true), List.of());
        return p;
    }

    private void addStops(AtlasProject p) throws IOException {
        String stops = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":{"type":"Point","coordinates":[0.91,51.95]},
                 "properties":{"ATCOCode":"150000000001","CommonName":"Hall","Street":"High Street","Status":"active"}},
                {"type":"Feature","geometry":{"type":"Point","coordinates":[0.86,51.85]},
                 "properties":{"ATCOCode":"150000000002","CommonName":"Quay","Status":"active"}}]}""";
        p.transport().importStopsGeoJson(new ByteArrayInputStream(stops.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void individualsAreLeftOutAndCountedUnlessTheUserOptsIn() throws Exception {
        try (AtlasProject p = scratch()) {
            Path out = dir.resolve("shared.gpkg");
            GisExport.Result shared = p.gis().export(GisExport.Format.GEOPACKAGE, out, Individuals.LEAVE_OUT,
                    Progress.NONE);
            assertEquals(new AssetExport(1, 0, 1), shared.assets());
            assertEquals(1, shared.assetsWithoutLocation());
            assertEquals("1 asset without a location left out of the assets layer", shared.withoutLocationNote());
            String hallUid = drawn(p, Individuals.LEAVE_OUT).get(0).uid();
            try (GeoPackage gpkg = GeoPackageManager.open(true, out.toFile(), true)) {
                assertEquals(java.util.Set.of("Village Hall"), rows(gpkg, "assets", "name").keySet());
                FeatureRow hall = rows(gpkg, "assets", "name").get("Village Hall");
                assertEquals(16L, ((Number) hall.getValue("age_min")).longValue());
                assertNull(hall.getValue("age_max"));
                AttributesResultSet rs = gpkg.getAttributesDao("factors").queryForAll();
                try {
                    assertTrue(rs.moveToNext());
                    assertEquals(hallUid, rs.getRow().getValue("asset_ids"), "the befriender's id is left out too");
                    assertEquals("W1", rs.getRow().getValue("area_codes"));
                } finally {
                    rs.close();
                }
            }
            String bytes = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
            for (String personal : List.of("Pat", "2 Quay Street", "01632 960201", "pat@example.org")) {
                assertFalse(bytes.contains(personal), personal);
            }

            p.gis().export(GisExport.Format.GEOJSON, dir.resolve("shared.geojson"), Individuals.LEAVE_OUT,
                    Progress.NONE);
            assertFalse(Files.readString(dir.resolve("shared-assets.geojson")).contains("Pat"));
            assertFalse(Files.readString(dir.resolve("shared-factors.geojson")).contains(
                    p.assets().find(AssetQuery.all()).stream().filter(PersonalDetails::isPersonal).findFirst()
                            .orElseThrow().uid()));

            Path all = dir.resolve("all.gpkg");
            assertEquals(new AssetExport(2, 1, 0), p.gis().plan(Individuals.INCLUDE).assets());
            GisExport.Result included = p.gis().export(GisExport.Format.GEOPACKAGE, all, Individuals.INCLUDE,
                    Progress.NONE);
            assertEquals(new AssetExport(2, 1, 0), included.assets());
            try (GeoPackage gpkg = GeoPackageManager.open(true, all.toFile(), true)) {
                FeatureRow pat = rows(gpkg, "assets", "name").get("Pat the befriender");
                assertEquals("pat@example.org", pat.getValue("email"));
                Point at = (Point) pat.getGeometry().getGeometry();
                assertEquals(0.85, at.getX(), 0.0);
                assertEquals(51.85, at.getY(), 0.0);
            }
        }
    }

    @Test
    void stopsAreALayerOnlyWhenTheProjectHasStops() throws Exception {
        try (AtlasProject p = scratch()) {
            GisExport.Result none = p.gis().export(GisExport.Format.GEOPACKAGE, dir.resolve("a.gpkg"),
                    Individuals.LEAVE_OUT, Progress.NONE);
            assertEquals(0, none.stops());
            try (GeoPackage gpkg = GeoPackageManager.open(true, dir.resolve("a.gpkg").toFile(), true)) {
                assertFalse(gpkg.getFeatureTables().contains("stops"));
            }
            addStops(p);
            GisExport.Result some = p.gis().export(GisExport.Format.GEOPACKAGE, dir.resolve("b.gpkg"),
                    Individuals.LEAVE_OUT, Progress.NONE);
            assertEquals(2, some.stops());
            assertEquals("assets 1, areas 2, factors 1, stops 2", some.layersSummary());
            try (GeoPackage gpkg = GeoPackageManager.open(true, dir.resolve("b.gpkg").toFile(), true)) {
                FeatureRow hall = rows(gpkg, "stops", "atco_code").get("150000000001");
                assertEquals("High Street", hall.getValue("street"));
                assertEquals(0.91, ((Point) hall.getGeometry().getGeometry()).getX(), 0.0);
                assertTrue(new RTreeIndexExtension(gpkg).has("stops"));
            }
            GisExport.Result json = p.gis().export(GisExport.Format.GEOJSON, dir.resolve("b.geojson"),
                    Individuals.LEAVE_OUT, Progress.NONE);
            assertEquals(4, json.files().size());
            assertEquals(2, JSON.readTree(dir.resolve("b-stops.geojson").toFile()).get("features").size());
        }
    }

    @Test
    void neverWritesOverAProjectButReplacesAnEarlierGeoPackage() throws Exception {
        try (AtlasProject p = scratch()) {
            assertThrows(OutputRefusedException.class, () -> p.gis().export(GisExport.Format.GEOPACKAGE, p.file(),
                    Individuals.LEAVE_OUT, Progress.NONE));
            Path other = dir.resolve("other.atlas");
            AtlasProject.create(other, "Other", Framework.liveWell()).close();
            byte[] otherBefore = Files.readAllBytes(other);
            assertThrows(OutputRefusedException.class, () -> p.gis().export(GisExport.Format.GEOPACKAGE, other,
                    Individuals.LEAVE_OUT, Progress.NONE));
            assertTrue(java.util.Arrays.equals(otherBefore, Files.readAllBytes(other)));
            // a GeoJSON layer file named like a project is refused too, and no other layer file is left
            Files.copy(other, dir.resolve("x-areas.geojson"));
            assertThrows(OutputRefusedException.class, () -> p.gis().export(GisExport.Format.GEOJSON,
                    dir.resolve("x.geojson"), Individuals.LEAVE_OUT, Progress.NONE));
            assertFalse(Files.exists(dir.resolve("x-assets.geojson")));

            Path out = dir.resolve("again.gpkg");
            p.gis().export(GisExport.Format.GEOPACKAGE, out, Individuals.INCLUDE, Progress.NONE);
            p.gis().export(GisExport.Format.GEOPACKAGE, out, Individuals.LEAVE_OUT, Progress.NONE);
            try (GeoPackage gpkg = GeoPackageManager.open(true, out.toFile(), true)) {
                assertEquals(1, gpkg.getFeatureDao("assets").count(), "replaced whole");
            }
            assertEquals(3, p.assets().find(AssetQuery.all()).size(), "the project is as it was");
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList(),
                        "no temporary files left");
            }
        }
    }

    @Test
    void gdalReadsTheGeoPackageWhenOgrinfoIsInstalled() throws Exception {
        Assumptions.assumeTrue(onPath("ogrinfo"), "ogrinfo (GDAL) is not on the PATH");
        try (AtlasProject p = scratch()) {
            addStops(p);
            Path out = dir.resolve("gdal.gpkg");
            p.gis().export(GisExport.Format.GEOPACKAGE, out, Individuals.LEAVE_OUT, Progress.NONE);
            String summary = run("ogrinfo", "-so", out.toString());
            Map<String, String> layers = new TreeMap<>();
            Matcher m = Pattern.compile("(?m)^\\d+: (\\S+) \\(([^)]*)\\)").matcher(summary);
            while (m.find()) {
                layers.put(m.group(1), m.group(2));
            }
            assertEquals(Map.of("assets", "Point", "areas", "Multi Polygon", "factors", "None", "stops", "Point",
                    "layer_styles", "None"), layers, summary);
            Map<String, Integer> expected = Map.of("assets", 1, "areas", 2, "factors", 1, "stops", 2);
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                String layer = run("ogrinfo", "-so", out.toString(), e.getKey());
                assertTrue(layer.contains("Feature Count: " + e.getValue()), e.getKey() + ":\n" + layer);
                assertFalse(layer.toLowerCase(java.util.Locale.ROOT).contains("warning"), layer);
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws Exception {
        Process proc = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "ogrinfo did not finish");
        assertEquals(0, proc.exitValue(), out);
        return out;
    }
}
