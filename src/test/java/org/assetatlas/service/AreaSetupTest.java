package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assetatlas.cli.AtlasCli;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.geo.GeoJsonFeatures.Feature;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/**
 * Setting up a partnership's own geography from scratch, as Tendring would: its district, 2013 wards and 2011 LSOAs
 * from boundary files, three neighbourhoods of its own from a lookup, assets imported after; and the bad input such
 * files bring.
 */
class AreaSetupTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = AreaSetupTest.class.getResourceAsStream("/tendring/" + name)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    private AtlasProject tendringFromScratch() throws Exception {
        AtlasProject p = AtlasProject.create(dir.resolve("tendring.atlas"), "Tendring", Framework.liveWell());
        AreaSetup s = p.areaSetup();
        s.importBoundaries(resource("tendring_lad_dissolved_from_lsoa2011.geojson"), AreaLevel.DISTRICT, "LAD_CD",
                "LAD_NM", Progress.NONE);
        s.importBoundaries(resource("tendring_wards2013_bgc.geojson"), AreaLevel.WARD, "WD13CD", "WD13NM",
                Progress.NONE);
        s.importBoundaries(resource("tendring_lsoa2011_bgc.geojson"), AreaLevel.LSOA, "LSOA11CD", "LSOA11NM",
                Progress.NONE);
        return p;
    }

    @Test
    void theTreeAfterAnImportIsTheTreeReadBackFromTheFile() throws Exception {
        Path file = dir.resolve("tendring.atlas");
        List<String> afterImport;
        try (AtlasProject p = tendringFromScratch()) {
            afterImport = describe(p.areaTree());
        }
        try (AtlasProject reopened = AtlasProject.open(file)) {
            assertEquals(describe(reopened.areaTree()), afterImport);
        }
    }

    /** Each area in the tree's order with its parent and its fit in it. */
    private static List<String> describe(AreaTree tree) {
        return tree.areas().stream().map(a -> a.code() + " " + a.name() + " in " + tree.parent(a.code())
                .map(Area::code).orElse("-") + " " + tree.fit(a.code())).toList();
    }

    @Test
    void aPartnershipSetsUpItsWardsLsoasAndNeighbourhoods() throws Exception {
        try (AtlasProject p = tendringFromScratch()) {
            AreaSetup.Grouping g = p.areaSetup().group(AreaSetup.readLookup(resource("neighbourhoods.csv")),
                    Progress.NONE);
            assertEquals(List.of("Clacton", "Frinton, Walton and the west", "Harwich and Manningtree"),
                    g.neighbourhoods().stream().sorted().toList());
            assertEquals(35, g.members());
            AreaTree tree = p.areaTree();
            assertEquals(List.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD, AreaLevel.LSOA),
                    tree.levels());
            assertEquals(AreaLevel.NEIGHBOURHOOD, p.assignmentLevel());
            // wards in their neighbourhood, neighbourhoods in the district, LSOAs in their best-fit ward
            Area pier = tree.find("Pier").orElseThrow();
            assertEquals("Clacton", tree.parent(pier.code()).orElseThrow().name());
            assertEquals("Tendring", tree.parent(AreaSetup.neighbourhoodCode("Clacton")).orElseThrow().name());
            for (Area lsoa : tree.areas(AreaLevel.LSOA)) {
                assertEquals(AreaLevel.WARD, tree.parent(lsoa.code()).orElseThrow().level(), lsoa.name());
            }
            // the one LSOA that straddles two 2013 wards is reported, with its best fit
            List<AreaSetup.Misfit> misfits = p.areaSetup().misfits();
            assertEquals(List.of("Tendring 002F"), misfits.stream().map(AreaSetup.Misfit::name).toList());
            assertTrue(misfits.get(0).share() > 0.5 && misfits.get(0).share() < 0.9, misfits.toString());
            // the neighbourhood outline is one clean shape per part: no hairline slivers left inside
            Area clacton = tree.area(AreaSetup.neighbourhoodCode("Clacton")).orElseThrow();
            assertTrue(clacton.geometry().isValid());
            for (int i = 0; i < clacton.geometry().getNumGeometries(); i++) {
                var part = (org.locationtech.jts.geom.Polygon) clacton.geometry().getGeometryN(i);
                assertEquals(0, part.getNumInteriorRing(), "a sliver left inside Clacton");
            }
            // assets imported afterwards land in the partnership's neighbourhoods, wards and LSOAs
            ImportReport r = p.transfer().importCsv(resource("tendring-assets.csv"), Progress.NONE);
            // (the one row recorded for an MSOA names an area this project, with wards, does not have: kept,
            // with the area as written to check)
            assertEquals(0, r.rejected());
            assertTrue(r.checkWarning().contains("Area \u201cTendring 001\u201d is not one of this project's areas"),
                    r.checkWarning());
            var library = p.assets().byUid(TendringFixture.CLACTON_LIBRARY).orElseThrow();
            assertEquals(AreaSetup.neighbourhoodCode("Clacton"), library.areaCode());
            assertTrue(p.assets().find(AssetQuery.all().withArea(AreaSetup.neighbourhoodCode("Clacton"))).stream()
                    .anyMatch(a -> a.uid().equals(TendringFixture.CLACTON_LIBRARY)));
        }
    }

    @Test
    void badFeaturesAreSkippedOrRepairedAndSaidWhy() throws Exception {
        WKTReader wkt = new WKTReader();
        try (AtlasProject p = AtlasProject.create(dir.resolve("bad.atlas"), "Bad", Framework.liveWell())) {
            List<Feature> features = List.of(
                    new Feature(Map.of("code", "W1", "name", "One"), wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")),
                    new Feature(Map.of("code", "W1", "name", "Again"), wkt.read("POLYGON ((2 0, 3 0, 3 1, 2 0))")),
                    new Feature(Map.of("code", "", "name", "No code"), wkt.read("POLYGON ((4 0, 5 0, 5 1, 4 0))")),
                    new Feature(Map.of("code", "W4", "name", "Empty"), wkt.read("POLYGON EMPTY")),
                    // a bow tie: the boundary crosses itself
                    new Feature(Map.of("code", "W5", "name", "Bow tie"),
                            wkt.read("POLYGON ((6 0, 7 1, 7 0, 6 1, 6 0))")));
            AreaSetup.BoundaryImport r = p.areaSetup().importBoundaries(features, AreaLevel.WARD, "code", "name", "",
                    Progress.NONE);
            assertEquals(2, r.added());
            assertEquals(3, r.skipped().size(), r.skipped().toString());
            assertTrue(r.skipped().get(0).startsWith("Feature 2: W1 appears twice"), r.skipped().toString());
            assertTrue(r.skipped().get(1).startsWith("Feature 3: no code"), r.skipped().toString());
            assertTrue(r.skipped().get(2).contains("Feature 4 (W4)"), r.skipped().toString());
            assertEquals(1, r.repaired().size());
            assertTrue(r.repaired().get(0).contains("Feature 5 (W5)"));
            assertTrue(p.area("W5").orElseThrow().geometry().isValid());

            // the wrong code field: nothing changes, and the message lists the fields there are
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.areaSetup()
                    .importBoundaries(features, AreaLevel.LSOA, "LSOA11CD", null, "", Progress.NONE));
            assertTrue(e.getMessage().contains("code, name") || e.getMessage().contains("name, code"), e.getMessage());
            assertEquals(2, p.areas().size());

            // a code the project has at another level is not taken over
            AreaSetup.BoundaryImport clash = p.areaSetup().importBoundaries(List.of(new Feature(
                    Map.of("code", "W1"), wkt.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))")), new Feature(
                    Map.of("code", "D1"), wkt.read("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0))"))), AreaLevel.DISTRICT,
                    "code", null, "", Progress.NONE);
            assertEquals(1, clash.added());
            assertTrue(clash.skipped().get(0).contains("already has W1 as a ward"), clash.skipped().toString());
            assertEquals(AreaLevel.WARD, p.area("W1").orElseThrow().level());

            // grouping: an unknown code is reported; an area in two neighbourhoods is refused and nothing changes
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("North", List.of("W1", "W9"));
            AreaSetup.Grouping g = p.areaSetup().group(groups, Progress.NONE);
            assertEquals(List.of("W9"), g.unknown());
            groups.put("South", List.of("W1", "W5"));
            assertThrows(IllegalArgumentException.class, () -> p.areaSetup().group(groups, Progress.NONE));
            assertFalse(p.area(AreaSetup.neighbourhoodCode("South")).isPresent());
        }
    }

    @Test
    void aLookupWithABadLineIsRefusedNamingTheLine() throws Exception {
        Path csv = dir.resolve("lookup.csv");
        Files.writeString(csv, "ward_code,neighbourhood\nE05004240,Clacton\nE05004241\n");
        Exception e = assertThrows(java.io.IOException.class, () -> AreaSetup.readLookup(csv));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Files.writeString(csv, "E05004240,Clacton\nE05004241,Clacton\nE05004242,Harwich\n");
        assertEquals(Map.of("Clacton", List.of("E05004240", "E05004241"), "Harwich", List.of("E05004242")),
                AreaSetup.readLookup(csv));
    }

    @Test
    void theCommandLineSetsUpAProjectFromNew() throws Exception {
        Path file = dir.resolve("cli.atlas");
        assertEquals(0, cli("new", file.toString(), "--name", "Tendring").code);
        Result wards = cli("areas", file.toString(), "import", resource("tendring_wards2013_bgc.geojson").toString(),
                "--level", "ward", "--code-field", "WD13CD", "--name-field", "WD13NM");
        assertEquals(0, wards.code, wards.err);
        assertTrue(wards.out.contains("35 ward areas imported"), wards.out);
        Result group = cli("areas", file.toString(), "group", "--lookup", resource("neighbourhoods.csv").toString());
        assertEquals(0, group.code, group.err);
        assertTrue(group.out.startsWith("3 neighbourhoods made from 35 areas"), group.out);
        Result list = cli("areas", file.toString(), "list");
        assertTrue(list.out.contains("Ward\tE05004250"), list.out);
        assertTrue(list.out.strip().endsWith("3 neighbourhood, 35 ward"), list.out);
        Result bad = cli("areas", file.toString(), "import", resource("tendring_wards2013_bgc.geojson").toString(),
                "--level", "ward", "--code-field", "NOPE");
        assertEquals(1, bad.code);
        assertTrue(bad.err.contains("No feature has the field \"NOPE\""), bad.err);
    }

    private Path boundary(String name) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = AreaSetupTest.class.getResourceAsStream("/boundaries/" + name)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    private static java.util.Set<String> codes(AtlasProject p, AreaLevel level) {
        return p.areas(level).stream().map(Area::code).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void everyBoundaryFormatGivesTheSameAreasInTheSamePlaces() throws Exception {
        try (AtlasProject p = AtlasProject.create(dir.resolve("formats.atlas"), "Tendring", Framework.liveWell())) {
            AreaSetup s = p.areaSetup();
            s.importBoundaries(resource("tendring_msoa2011_bgc.geojson"), AreaLevel.MSOA, "MSOA11CD", "MSOA11NM",
                    Progress.NONE);
            java.util.Set<String> msoas = codes(p, AreaLevel.MSOA);
            Map<String, org.locationtech.jts.geom.Geometry> geojson = new java.util.HashMap<>();
            p.areas(AreaLevel.MSOA).forEach(a -> geojson.put(a.code(), a.geometry()));
            assertEquals(18, msoas.size());
            for (String f : List.of("tendring_msoa2011.gpkg", "tendring_msoa2011_bng.zip")) {
                AreaSetup.BoundaryImport r = s.importBoundaries(boundary(f), AreaLevel.MSOA, "MSOA11CD", "MSOA11NM",
                        null, Progress.NONE);
                assertEquals(18, r.replaced(), f);
                assertEquals(msoas, codes(p, AreaLevel.MSOA), f);
                for (Area a : p.areas(AreaLevel.MSOA)) {
                    // the same outline, whatever the format and coordinate system it came in (within ~10 m)
                    assertTrue(a.geometry().getInteriorPoint().distance(geojson.get(a.code())) < 1e-4, f + " " + a);
                    assertEquals(geojson.get(a.code()).getArea(), a.geometry().getArea(),
                            geojson.get(a.code()).getArea() * 0.01, f + " " + a);
                }
                assertTrue(r.crs().contains(f.endsWith(".zip") ? "British National Grid" : "WGS84"), r.crs());
            }
            // KML: the name in <name>, the code in its extended data
            AreaSetup.BoundaryFilePreview kml = AreaSetup.preview(boundary("tendring_msoa2011.kml"), 3);
            assertTrue(kml.fields().contains("MSOA11CD"), kml.fields().toString());
            assertEquals("MSOA11CD", kml.suggestedCodeField());
            assertEquals(AreaLevel.MSOA, kml.suggestedLevel());
            s.importBoundaries(boundary("tendring_msoa2011.kml"), AreaLevel.MSOA, "MSOA11CD", kml.suggestedNameField(),
                    null, Progress.NONE);
            assertEquals(msoas, codes(p, AreaLevel.MSOA));

            // a shapefile in British National Grid: the wards nest in the MSOAs' district as the GeoJSON ones do
            boundary("tendring_wards2013_bng.shx");
            boundary("tendring_wards2013_bng.dbf");
            boundary("tendring_wards2013_bng.prj");
            AreaSetup.BoundaryFilePreview shp = AreaSetup.preview(boundary("tendring_wards2013_bng.shp"), 3);
            assertEquals("WD13CD", shp.suggestedCodeField());
            assertEquals("WD13NM", shp.suggestedNameField());
            assertEquals(AreaLevel.WARD, shp.suggestedLevel());
            AreaSetup.BoundaryImport wards = s.importBoundaries(dir.resolve("tendring_wards2013_bng.shp"),
                    AreaLevel.WARD, "WD13CD", "WD13NM", null, Progress.NONE);
            assertEquals(35, wards.added());
            assertTrue(p.areaTree().find("Pier").isPresent());
        }
    }

    @Test
    void aShapefileWithoutItsPrjIsReadAsBritishNationalGridAndSaysSo() throws Exception {
        for (String ext : List.of("shp", "shx", "dbf")) {
            boundary("tendring_wards2013_bng." + ext);
        }
        try (AtlasProject p = AtlasProject.create(dir.resolve("noprj.atlas"), "Tendring", Framework.liveWell())) {
            AreaSetup.BoundaryImport r = p.areaSetup().importBoundaries(dir.resolve("tendring_wards2013_bng.shp"),
                    AreaLevel.WARD, "WD13CD", "WD13NM", null, Progress.NONE);
            assertEquals(35, r.added());
            assertTrue(r.crs().startsWith("assumed British National Grid"), r.crs());
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("no coordinate system")), r.warnings()
                    .toString());
            // the same file read as the user says: the result is the same areas
            AreaSetup.BoundaryImport given = p.areaSetup().importBoundaries(dir.resolve("tendring_wards2013_bng.shp"),
                    AreaLevel.WARD, "WD13CD", "WD13NM", 27700, Progress.NONE);
            assertEquals(35, given.replaced());
            assertTrue(given.crs().contains("as given on import"), given.crs());
        }
    }

    @Test
    void areasThousandsOfKilometresFromTheOthersAreRefusedAsAProjectionMistake() throws Exception {
        try (AtlasProject p = AtlasProject.create(dir.resolve("far.atlas"), "Tendring", Framework.liveWell())) {
            p.areaSetup().importBoundaries(resource("tendring_lad_dissolved_from_lsoa2011.geojson"),
                    AreaLevel.DISTRICT, "LAD_CD", "LAD_NM", Progress.NONE);
            // the wards with latitude and longitude swapped, as a file written the wrong way round would have them
            String swapped = swapLonLat(Files.readString(resource("tendring_wards2013_bgc.geojson")));
            Path file = dir.resolve("swapped.geojson");
            Files.writeString(file, swapped);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.areaSetup()
                    .importBoundaries(file, AreaLevel.WARD, "WD13CD", "WD13NM", null, Progress.NONE));
            assertTrue(e.getMessage().matches("These areas are [\\d,]+ km from the project's other areas — is the "
                    + "projection right\\?.*"), e.getMessage());
            assertTrue(p.areas(AreaLevel.WARD).isEmpty(), "nothing imported");
            // the command line says the same and changes nothing
            p.close();
            Result r = cli("areas", dir.resolve("far.atlas").toString(), "import", file.toString(), "--level", "ward",
                    "--code-field", "WD13CD");
            assertEquals(1, r.code);
            assertTrue(r.err.contains("km from the project's other areas"), r.err);
        }
    }

    /** Swaps each GeoJSON coordinate pair [x, y] to [y, x]. */
    private static String swapLonLat(String json) {
        return json.replaceAll("\\[\\s*(-?[\\d.eE+-]+)\\s*,\\s*(-?[\\d.eE+-]+)\\s*]", "[$2, $1]");
    }

    @Test
    void theCommandLineShowsAFilesFieldsAndImportsAShapefile() throws Exception {
        for (String ext : List.of("shp", "shx", "dbf", "prj")) {
            boundary("tendring_wards2013_bng." + ext);
        }
        Path file = dir.resolve("shp.atlas");
        assertEquals(0, cli("new", file.toString(), "--name", "Tendring").code);
        Path shp = dir.resolve("tendring_wards2013_bng.shp");
        Result fields = cli("areas", file.toString(), "fields", shp.toString());
        assertEquals(0, fields.code, fields.err);
        assertTrue(fields.out.contains("Suggested: --code-field WD13CD --name-field WD13NM --level ward"), fields.out);
        Result r = cli("areas", file.toString(), "import", shp.toString(), "--level", "ward", "--code-field", "WD13CD",
                "--name-field", "WD13NM", "--epsg", "27700");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("35 ward areas imported"), r.out);
        assertTrue(r.err.contains("Coordinate system: British National Grid (EPSG:27700)"), r.err);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
