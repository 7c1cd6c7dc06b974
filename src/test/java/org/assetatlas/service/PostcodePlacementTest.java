package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.LocationSource;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/**
 * Postcodes place assets, on a project set up from scratch: two square areas and a small postcode list. Covers the
 * editor path, the import path, Locate with undo, and the location source through export and import.
 */
class PostcodePlacementTest {

    private static final GeoPoint NORTH_POSTCODE = new GeoPoint(51.95, 0.9); // CO15 1SF, in North
    private static final GeoPoint SOUTH_POSTCODE = new GeoPoint(51.85, 0.9); // CO4 3QE, in South

    @TempDir
    Path dir;
    private AtlasProject project;

    @BeforeEach
    void create() throws Exception {
        project = AtlasProject.create(dir.resolve("t.atlas"), "Test", Framework.liveWell());
        WKTReader wkt = new WKTReader();
        project.saveAreas(List.of(
                new Area("N", "North", AreaLevel.NEIGHBOURHOOD, null, 1000,
                        wkt.read("POLYGON ((0.8 51.9, 1.0 51.9, 1.0 52.0, 0.8 52.0, 0.8 51.9))"), ""),
                new Area("S", "South", AreaLevel.NEIGHBOURHOOD, null, 2000,
                        wkt.read("POLYGON ((0.8 51.8, 1.0 51.8, 1.0 51.9, 0.8 51.9, 0.8 51.8))"), "")),
                Progress.NONE);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private void importPostcodes(AtlasProject p) throws Exception {
        Path csv = dir.resolve("postcodes.csv");
        Files.writeString(csv, "pcds,lat,long\nCO15 1SF,51.95,0.9\nCO4 3QE,51.85,0.9\n");
        assertEquals(2, p.signposting().importPostcodes(csv, Progress.NONE).imported());
    }

    private static Asset withPostcode(String name, String postcode) {
        return Asset.builder().name(name).domains(List.of("Age Well")).postcode(postcode).build();
    }

    private List<String> namesIn(String area) {
        return project.assets().find(AssetQuery.all().withArea(area)).stream().map(Asset::name).toList();
    }

    @Test
    void savingAnAssetWithAKnownPostcodeAndNoLocationPlacesItAtThePostcode() throws Exception {
        importPostcodes(project);
        Asset saved = project.assets().save(withPostcode("Lunch club", "co15 1sf"));
        assertEquals(NORTH_POSTCODE, saved.location());
        assertEquals(LocationSource.POSTCODE, saved.locationSource());
        assertTrue(saved.locatedByPostcode());
        assertEquals("N", saved.areaCode());
        assertEquals(List.of("Lunch club"), namesIn("N"));
        assertEquals(List.of(), namesIn("S"));
        Asset read = project.assets().get(saved.id()).orElseThrow();
        assertEquals(LocationSource.POSTCODE, read.locationSource(), "the source is stored");
    }

    @Test
    void anUnknownPostcodeInTheEditorLeavesTheAssetWithoutALocation() throws Exception {
        importPostcodes(project);
        Asset saved = project.assets().save(withPostcode("Choir", "CO99 9ZZ"));
        assertNull(saved.location());
        assertNull(saved.areaCode());
        assertTrue(project.assets().postcodeCentre("CO99 9ZZ").isEmpty());
        assertEquals(NORTH_POSTCODE, project.assets().postcodeCentre("co151sf").orElseThrow());
    }

    @Test
    void aPreciseLocationReplacesAPostcodeLocationAndStays() throws Exception {
        importPostcodes(project);
        Asset byPostcode = project.assets().save(withPostcode("Hall", "CO15 1SF"));
        GeoPoint precise = new GeoPoint(51.86, 0.95);
        Asset given = project.assets().save(byPostcode.toBuilder().location(precise)
                .locationSource(LocationSource.GIVEN).build());
        assertEquals(precise, given.location());
        assertEquals(LocationSource.GIVEN, given.locationSource());
        assertEquals("S", given.areaCode());
        Asset moved = project.assets().save(given.toBuilder().postcode("CO4 3QE").build());
        assertEquals(precise, moved.location(), "a changed postcode never moves a given location");
        assertEquals(List.of("Hall"), namesIn("S"));
    }

    @Test
    void aChangedPostcodeMovesAPostcodeLocatedAsset() throws Exception {
        importPostcodes(project);
        Asset north = project.assets().save(withPostcode("Club", "CO15 1SF"));
        assertEquals(List.of("Club"), namesIn("N"));
        Asset south = project.assets().save(north.toBuilder().postcode("CO4 3QE").build());
        assertEquals(SOUTH_POSTCODE, south.location());
        assertEquals("S", south.areaCode());
        assertEquals(List.of(), namesIn("N"));
        assertEquals(List.of("Club"), namesIn("S"));
        Asset unknown = project.assets().save(south.toBuilder().postcode("CO99 9ZZ").build());
        assertNull(unknown.location(), "a postcode the project does not know cannot keep the old postcode's place");
        assertEquals(List.of(), namesIn("S"));
        assertTrue(project.undo(ChangeScope.ASSETS));
        assertEquals(SOUTH_POSTCODE, project.assets().get(north.id()).orElseThrow().location());
    }

    @Test
    void importPlacesRowsByPostcodeAndWarnsOfUnknownPostcodesKeepingTheRows() throws Exception {
        importPostcodes(project);
        Path csv = dir.resolve("assets.csv");
        Files.writeString(csv, "name,domains,postcode,latitude,longitude\n"
                + "By postcode,Age Well,co15 1sf,,\n"
                + "Unknown postcode,Age Well,CO99 9ZZ,,\n"
                + "Also unknown,Age Well,CO98 8YY,,\n"
                + "Given,Age Well,CO15 1SF,51.85,0.95\n");
        ImportReport r = project.transfer().importCsv(csv, Progress.NONE);
        assertEquals(4, r.imported());
        assertEquals(0, r.rejected());
        assertEquals(1, r.locatedByPostcode());
        assertEquals(2, r.unknownPostcodes());
        assertEquals(List.of("CO99 9ZZ", "CO98 8YY"), r.unknownPostcodeExamples());
        assertTrue(r.postcodeWarning().contains("CO99 9ZZ"), r.postcodeWarning());
        assertEquals("imported 4, rejected 0", r.summary());
        assertEquals(List.of("By postcode"), namesIn("N"));
        assertEquals(List.of("Given"), namesIn("S"));
        Asset placed = project.assets().find(AssetQuery.all()).stream()
                .filter(a -> a.name().equals("By postcode")).findFirst().orElseThrow();
        assertEquals(NORTH_POSTCODE, placed.location());
        assertEquals(LocationSource.POSTCODE, placed.locationSource());
        Asset given = project.assets().find(AssetQuery.all()).stream().filter(a -> a.name().equals("Given"))
                .findFirst().orElseThrow();
        assertEquals(LocationSource.GIVEN, given.locationSource());
        assertEquals(new GeoPoint(51.85, 0.95), given.location());
    }

    @Test
    void locatePlacesOnlyUnlocatedAssetsWithKnownPostcodesAndUndoRestoresThem() throws Exception {
        Asset early = project.assets().save(withPostcode("Early", "CO15 1SF"));
        Asset precise = project.assets().save(withPostcode("Precise", "CO15 1SF").toBuilder()
                .location(new GeoPoint(51.86, 0.95)).build());
        Asset unknown = project.assets().save(withPostcode("Unknown", "CO99 9ZZ"));
        Asset none = project.assets().save(withPostcode("No postcode", ""));
        assertNull(early.location(), "no postcodes yet");
        importPostcodes(project);

        AssetEditing.LocateReport r = project.assets().locateByPostcode(Progress.NONE);
        assertEquals(1, r.placed());
        assertEquals(1, r.unknown());
        assertEquals(List.of("CO99 9ZZ"), r.unknownExamples());
        assertTrue(r.summary().startsWith("Placed 1 asset by postcode"), r.summary());
        Asset located = project.assets().get(early.id()).orElseThrow();
        assertEquals(NORTH_POSTCODE, located.location());
        assertTrue(located.locatedByPostcode());
        assertEquals(List.of("Early"), namesIn("N"));
        assertEquals(new GeoPoint(51.86, 0.95), project.assets().get(precise.id()).orElseThrow().location());
        assertNull(project.assets().get(unknown.id()).orElseThrow().location());
        assertNull(project.assets().get(none.id()).orElseThrow().location());
        assertEquals(0, project.assets().locateByPostcode(Progress.NONE).placed(), "nothing left to place");

        assertTrue(project.undo(ChangeScope.ASSETS));
        Asset back = project.assets().get(early.id()).orElseThrow();
        assertNull(back.location());
        assertEquals(LocationSource.GIVEN, back.locationSource());
        assertEquals(List.of(), namesIn("N"));
        assertTrue(project.redo(ChangeScope.ASSETS));
        assertEquals(List.of("Early"), namesIn("N"));
    }

    @Test
    void exportAndImportKeepTheLocationSource() throws Exception {
        importPostcodes(project);
        project.assets().save(withPostcode("By postcode", "CO4 3QE"));
        project.assets().save(withPostcode("Given", "CO4 3QE").toBuilder().location(new GeoPoint(51.95, 0.95)).build());
        Path out = dir.resolve("out.csv");
        project.transfer().exportCsv(out, Individuals.LEAVE_OUT, Progress.NONE);
        assertTrue(Files.readString(out).lines().findFirst().orElseThrow().contains("location_source"));

        // into a project without the postcode list: the file's coordinates and their source are kept
        try (AtlasProject other = AtlasProject.create(dir.resolve("other.atlas"), "Other", Framework.liveWell())) {
            ImportReport r = other.transfer().importCsv(out, Progress.NONE);
            assertEquals(2, r.imported());
            assertEquals(0, r.unknownPostcodes());
            List<Asset> all = other.assets().find(AssetQuery.all());
            Asset byPostcode = all.stream().filter(a -> a.name().equals("By postcode")).findFirst().orElseThrow();
            assertEquals(SOUTH_POSTCODE, byPostcode.location());
            assertEquals(LocationSource.POSTCODE, byPostcode.locationSource());
            Asset given = all.stream().filter(a -> a.name().equals("Given")).findFirst().orElseThrow();
            assertEquals(LocationSource.GIVEN, given.locationSource());
            for (Asset a : project.assets().find(AssetQuery.all())) {
                Asset back = all.stream().filter(b -> b.uid().equals(a.uid())).findFirst().orElseThrow();
                assertTrue(a.toBuilder().areaCode(null).build().sameContent(back.toBuilder().areaCode(null).build()),
                        a.name());
            }
        }
    }

    @Test
    void anAssetWithoutALocationIsNeverMarkedAsPlacedByPostcode() {
        Asset a = Asset.builder().name("x").locationSource(LocationSource.POSTCODE).build();
        assertEquals(LocationSource.GIVEN, a.locationSource());
        assertFalse(a.locatedByPostcode());
    }
}
