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
            // (the one row recorded for an MSOA names an area this project, with wards, does not have)
            assertEquals(1, r.rejected());
            assertTrue(r.rejects().get(0).reason().contains("Tendring 001"), r.rejects().get(0).reason());
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
            assertTrue(r.skipped().get(0).startsWith("feature 2: W1 appears twice"), r.skipped().toString());
            assertTrue(r.skipped().get(1).startsWith("feature 3: no code"), r.skipped().toString());
            assertTrue(r.skipped().get(2).contains("feature 4 (W4)"), r.skipped().toString());
            assertEquals(1, r.repaired().size());
            assertTrue(r.repaired().get(0).contains("feature 5 (W5)"));
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

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
