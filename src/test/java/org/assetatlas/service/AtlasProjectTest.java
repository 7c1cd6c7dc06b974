package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.io.RejectsWriter;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

class AtlasProjectTest {

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
                        wkt.read("POLYGON ((0.8 51.8, 1.0 51.8, 1.0 51.9, 0.8 51.9, 0.8 51.8))"), ""),
                new Area("W1", "A ward", AreaLevel.WARD, "N", 500,
                        wkt.read("POLYGON ((0.8 51.9, 0.9 51.9, 0.9 52.0, 0.8 52.0, 0.8 51.9))"), "")),
                Progress.NONE);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static Asset at(String name, double lat, double lon) {
        return Asset.builder().name(name).domains(List.of("Age Well")).location(new GeoPoint(lat, lon)).build();
    }

    @Test
    void placesAnAssetInTheNeighbourhoodThatContainsIt() {
        Asset a = project.assets().save(at("Shed", 51.95, 0.85));
        assertEquals("N", a.areaCode());
        Asset moved = project.assets().save(a.toBuilder().location(new GeoPoint(51.85, 0.85)).build());
        assertEquals("S", moved.areaCode());
    }

    @Test
    void aChosenAreaWinsOverTheLocation() {
        Asset a = project.assets().save(at("Shed", 51.95, 0.85).toBuilder().areaCode("S").areaChosen(true).build());
        assertEquals("S", a.areaCode());
    }

    @Test
    void anAssetOutsideEveryAreaHasNone() {
        assertNull(project.assets().save(at("Far away", 52.5, 0.85)).areaCode());
    }

    @Test
    void refusesAnInvalidAssetAndSavesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> project.assets().save(
                Asset.builder().name(" ").postcode("XYZ").email("not-mail").domains(List.of("Swim Well")).build()));
        List<String> fields = e.problems().stream().map(p -> p.field()).toList();
        assertTrue(fields.containsAll(List.of("name", "postcode", "email", "domains")), fields.toString());
        assertEquals(0, project.assets().count());
    }

    @Test
    void undoesAndRedoesADelete() {
        Asset a = project.assets().save(at("Mile End Men's Shed", 51.95, 0.85));
        assertTrue(project.assets().delete(a.id()));
        assertEquals(0, project.assets().count());
        assertEquals("delete \u201cMile End Men's Shed\u201d", project.nextUndo(ChangeScope.ASSETS).orElseThrow());
        assertTrue(project.undo(ChangeScope.ASSETS));
        Asset back = project.assets().get(a.id()).orElseThrow();
        assertTrue(back.sameContent(a));
        assertEquals(a.created(), back.created());
        assertEquals(1, project.assets().find(AssetQuery.all().withText("shed")).size(), "search index restored too");
        assertTrue(project.redo(ChangeScope.ASSETS));
        assertEquals(0, project.assets().count());
    }

    @Test
    void undoesAnEditAndAnAdd() {
        Asset a = project.assets().save(at("Shed", 51.95, 0.85));
        project.assets().save(a.toBuilder().name("Renamed").build());
        project.undo(ChangeScope.ASSETS);
        assertEquals("Shed", project.assets().get(a.id()).orElseThrow().name());
        project.undo(ChangeScope.ASSETS);
        assertEquals(0, project.assets().count());
        assertFalse(project.canUndo(ChangeScope.ASSETS));
    }

    @Test
    void oneHistoryUndoesEachScopeOnItsOwn() {
        AtomicInteger assetsHeard = new AtomicInteger();
        AtomicInteger factorsHeard = new AtomicInteger();
        project.addChangeListener(ChangeScope.ASSETS, assetsHeard::incrementAndGet);
        project.addChangeListener(ChangeScope.FACTORS, factorsHeard::incrementAndGet);
        Asset a = project.assets().save(at("Shed", 51.95, 0.85));
        Factor f = project.factors().record(new Factor(0, FactorKind.BARRIER, "Transport", "No Sunday bus",
                List.of("Age Well"), List.of(), List.of(), 3, List.of(), false), List.of());
        project.assets().save(a.toBuilder().name("Renamed").build());
        assertEquals(2, assetsHeard.get());
        assertEquals(1, factorsHeard.get());

        assertTrue(project.undo(ChangeScope.FACTORS), "the factor's step, though an asset edit came after it");
        assertTrue(project.factors().factor(f.id()).isEmpty());
        assertEquals("Renamed", project.assets().get(a.id()).orElseThrow().name());
        assertEquals(2, factorsHeard.get());
        assertEquals(2, assetsHeard.get(), "asset listeners do not hear of factor edits");
        assertFalse(project.canUndo(ChangeScope.FACTORS));
        assertTrue(project.canRedo(ChangeScope.FACTORS));

        assertEquals("edit \u201cRenamed\u201d", project.nextUndo(ChangeScope.ASSETS).orElseThrow());
        assertTrue(project.undo(ChangeScope.ASSETS));
        assertEquals("Shed", project.assets().get(a.id()).orElseThrow().name());
        assertTrue(project.canRedo(ChangeScope.FACTORS), "an asset step leaves the factors' redo alone");
        project.assets().save(project.assets().get(a.id()).orElseThrow().toBuilder().name("Again").build());
        assertTrue(project.canRedo(ChangeScope.FACTORS), "a new asset edit clears only the assets' redo");
        assertFalse(project.canRedo(ChangeScope.ASSETS));
        assertTrue(project.redo(ChangeScope.FACTORS));
        assertEquals(1, project.factors().factors().size());
    }

    @Test
    void tellsListenersOfChanges() {
        AtomicInteger heard = new AtomicInteger();
        project.addChangeListener(ChangeScope.ASSETS, heard::incrementAndGet);
        Asset a = project.assets().save(at("Shed", 51.95, 0.85));
        project.assets().delete(a.id());
        project.undo(ChangeScope.ASSETS);
        assertEquals(3, heard.get());
    }

    @Test
    void importsGoodRowsReportsBadOnesWithLineNumbersAndWritesRejects() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, """
                name,domains,latitude,longitude,postcode,area
                Good one,Age Well,51.95,0.85,CO1 1JB,
                ,Age Well,51.95,0.85,,
                Bad domain,Swim Well,,,,
                Chosen area,Be Well,,,,South
                Unknown area,Be Well,,,,Atlantis
                """, StandardCharsets.UTF_8);
        ImportReport r = project.transfer().importCsv(csv, Progress.NONE);
        // only the row without a name cannot be an asset; an unknown domain or area is kept, noted to check
        assertEquals(4, r.imported());
        assertEquals(1, r.rejected());
        assertEquals("imported 4, rejected 1", r.summary());
        assertEquals(List.of(3L), r.rejects().stream().map(x -> x.line()).toList());
        assertEquals(RejectsWriter.rejectsPathFor(csv), r.rejectsFile());
        assertTrue(Files.readString(r.rejectsFile()).contains("Name is required"));
        assertEquals(2, r.toCheck());
        assertTrue(r.checkWarning().startsWith("2 assets were kept with something to check"), r.checkWarning());
        Asset badDomain = project.assets().find(AssetQuery.all().withText("bad domain")).get(0);
        assertTrue(badDomain.needsChecking().startsWith("Unknown domain \"Swim Well\""), badDomain.needsChecking());
        assertEquals(List.of(), badDomain.domains());
        Asset atlantis = project.assets().find(AssetQuery.all().withText("unknown area")).get(0);
        assertEquals("Area \u201cAtlantis\u201d is not one of this project's areas", atlantis.needsChecking());
        assertEquals(null, atlantis.areaCode());
        assertEquals("S", project.assets().find(AssetQuery.all().withText("chosen")).get(0).areaCode());
        assertEquals("N", project.assets().find(AssetQuery.all().withText("good")).get(0).areaCode());
    }

    @Test
    void aCancelledImportLeavesNothingBehind() throws Exception {
        Path csv = dir.resolve("big.csv");
        StringBuilder b = new StringBuilder("name,domains\n");
        for (int i = 0; i < 5000; i++) {
            b.append("Asset ").append(i).append(",Age Well\n");
        }
        Files.writeString(csv, b);
        project.assets().save(at("Already here", 51.95, 0.85));
        AtomicInteger calls = new AtomicInteger();
        Progress cancelSoon = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return calls.incrementAndGet() > 3;
            }
        };
        assertThrows(CancelledException.class, () -> project.transfer().importCsv(csv, cancelSoon));
        assertEquals(1, project.assets().count());
        assertEquals(0, project.assets().find(AssetQuery.all().withText("asset")).size());
    }

    @Test
    void importingTheSameIdsAgainUpdatesRatherThanDuplicates() throws Exception {
        project.assets().save(at("Shed", 51.95, 0.85));
        Path out = dir.resolve("out.csv");
        project.transfer().exportCsv(out, Individuals.LEAVE_OUT, Progress.NONE);
        ImportReport r = project.transfer().importCsv(out, Progress.NONE);
        assertEquals(1, r.updated());
        assertEquals(1, project.assets().count());
    }

    @Test
    void exportThenImportIntoANewProjectGivesTheSameAssets() throws Exception {
        project.assets().save(at("Shed", 51.95, 0.85));
        project.assets().save(Asset.builder().name("Online befriending").domains(List.of("Feel Well", "Age Well"))
                .areaCode("S").areaChosen(true).build());
        project.assets().save(at("Pat \u2013 befriender", 51.86, 0.86).toBuilder().kind(AssetKind.INDIVIDUAL)
                .address("1 Quay Street").postcode("CO1 1AA").phone("01632 960001").email("pat@example.org")
                .website("https://example.org/pat").build());
        Path out = dir.resolve("out.csv");
        // with the opt-in, so that the individual makes the round trip too
        project.transfer().exportCsv(out, Individuals.INCLUDE, Progress.NONE);
        try (AtlasProject other = AtlasProject.create(dir.resolve("other.atlas"), "Other", Framework.liveWell())) {
            other.saveAreas(project.areas(), Progress.NONE);
            ImportReport r = other.transfer().importCsv(out, Progress.NONE);
            assertEquals(3, r.imported());
            for (Asset a : project.assets().find(AssetQuery.all())) {
                Asset b = other.assets().byUid(a.uid()).orElseThrow();
                assertTrue(a.sameContent(b), () -> a + " vs " + b);
                assertEquals(a.created(), b.created());
            }
        }
    }

    @Test
    void areaDomainTableCountsEachAssetOncePerDomainAndAddsNoAreaRow() {
        project.assets().save(at("Shed", 51.95, 0.85).toBuilder().domains(List.of("Age Well", "Feel Well")).build());
        project.assets().save(at("Hall", 51.85, 0.85));
        project.assets().save(at("Far", 52.5, 0.85));
        AreaDomainTable t = project.areaDomainTable();
        assertEquals(List.of("North", "South", "No area"), t.rows().stream().map(AreaDomainTable.Row::areaName).toList());
        int age = t.domains().indexOf("Age Well");
        int feel = t.domains().indexOf("Feel Well");
        assertEquals(1, t.rows().get(0).counts()[age]);
        assertEquals(1, t.rows().get(0).counts()[feel]);
        assertEquals(1, t.rows().get(0).assets());
        assertEquals(3, t.totalRow()[age]);
        assertEquals(3, t.assets());
        assertTrue(t.format().contains("No area"));
    }

    @Test
    void editingTheFrameworkKeepsLinksToDomainsThatRemainAndDropsRemovedOnes() {
        Asset a = project.assets().save(at("Shed", 51.95, 0.85).toBuilder().domains(List.of("Feel Well", "Age Well")).build());
        List<Domain> domains = new java.util.ArrayList<>(project.framework().domains());
        domains.set(2, new Domain("Feel Well", "A new definition"));
        domains.remove(4); // Age Well
        project.setFramework(new Framework("Custom", domains));
        assertEquals(5, project.framework().domains().size());
        assertEquals("A new definition", project.framework().find("feel well").orElseThrow().definition());
        assertEquals(List.of("Feel Well"), project.assets().get(a.id()).orElseThrow().domains());
    }

    @Test
    void textSearchFollowsEveryKindOfChange() throws Exception {
        Asset shed = project.assets().save(at("Mile End Men's Shed", 51.95, 0.85));
        assertEquals(List.of(shed.id()), ids(project.assets().find(AssetQuery.all().withText("shed"))));
        Asset renamed = project.assets().save(shed.toBuilder().name("Mile End Repair Cafe").build());
        assertEquals(List.of(), ids(project.assets().find(AssetQuery.all().withText("shed"))));
        assertEquals(List.of(renamed.id()), ids(project.assets().find(AssetQuery.all().withText("repair"))));
        project.undo(ChangeScope.ASSETS);
        assertEquals(List.of(shed.id()), ids(project.assets().find(AssetQuery.all().withText("shed"))));
        project.assets().delete(shed.id());
        assertEquals(List.of(), ids(project.assets().find(AssetQuery.all().withText("shed"))));
        project.undo(ChangeScope.ASSETS);
        assertEquals(List.of(shed.id()), ids(project.assets().find(AssetQuery.all().withText("shed"))));
        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "name,domains,latitude,longitude\nHighwoods Shed Club,Be Well,51.85,0.85\n");
        project.transfer().importCsv(csv, Progress.NONE);
        assertEquals(2, project.assets().find(AssetQuery.all().withText("shed")).size());
        assertEquals(1, project.assets().find(AssetQuery.all().withText("shed").withArea("S")).size());
        assertEquals(1, project.assets().find(AssetQuery.all().withText("shed").withDomain("be well")).size());
        assertEquals(0, project.assets().find(AssetQuery.all().withText("shed").withDomain("Die Well")).size());
    }

    private static List<Long> ids(List<Asset> assets) {
        return assets.stream().map(Asset::id).toList();
    }
}
