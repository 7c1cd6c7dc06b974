package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.assetatlas.model.FieldChange;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Factor;
import org.assetatlas.model.Framework;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.store.ChangeLogRepository.Action;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history of records: who changed what and when, earlier versions restored, undo after reopening, and saves over
 * someone else's change refused. On the Tendring project (built as a partnership builds its own) and on a project
 * started from nothing.
 */
class HistoryTest {

    @TempDir
    Path dir;

    private static Asset shed(String name) {
        return Asset.builder().name(name).kind(org.assetatlas.model.AssetKind.GROUP)
                .category(org.assetatlas.model.AbcdCategory.ASSOCIATIONS).domains(List.of("Age Well"))
                .openingHours(WeeklySchedule.parse("Tue 10:00-12:00")).build();
    }

    private static String field(List<FieldChange> fields, String name) {
        return fields.stream().filter(f -> f.field().equals(name)).map(f -> f.before() + " -> " + f.after())
                .findFirst().orElse("(not changed)");
    }

    @Test
    void anEditIsRecordedWithWhoWhenAndEachFieldOldAndNew() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        try (AtlasProject p = AtlasProject.open(file, "Sam Jones")) {
            Asset library = p.assets().byUid(TendringFixture.CLACTON_LIBRARY).orElseThrow();
            p.assets().save(library.toBuilder().openingHours(WeeklySchedule.parse("Tue 10:00-13:00"))
                    .phone("01255 000000").build());
            List<History.Change> changes = p.history().ofAsset(library.id());
            assertEquals(1, changes.size(), "imported in bulk, then edited once: " + changes);
            History.Change c = changes.get(0);
            assertEquals("Sam Jones", c.who());
            assertEquals(Action.CHANGED, c.action());
            assertTrue(c.what().startsWith("edit \u201cClacton"), c.what());
            assertEquals(2, c.fields().size(), c.fields().toString());
            assertTrue(field(c.fields(), "Opening hours").endsWith("-> " + WeeklySchedule.parse("Tue 10:00-13:00")
                    .format()), c.fields().toString());
            assertEquals(" -> 01255 000000", field(c.fields(), "Phone"));
            assertTrue(c.restorable());
            // the import that brought it in is in the project's history, as a change to many records
            assertTrue(p.history().recent(50).stream().anyMatch(x -> x.action() == Action.BULK
                    && x.what().startsWith("import ")), p.history().recent(50).toString());
        }
    }

    @Test
    void anEarlierVersionIsRestoredAndADeletedAssetComesBackWithItsIdentity() {
        try (AtlasProject p = AtlasProject.create(dir.resolve("New.atlas"), "New", Framework.liveWell())) {
            Asset first = p.assets().save(shed("Mile End Men's Shed"));
            Asset second = p.assets().save(first.toBuilder().name("Mile End Shed").costNote("£2 a session").build());
            List<History.Change> changes = p.history().ofAsset(first.id());
            assertEquals(2, changes.size());
            long added = changes.get(1).id();
            p.history().restoreAsset(added);
            Asset restored = p.assets().get(first.id()).orElseThrow();
            assertEquals("Mile End Men's Shed", restored.name());
            assertEquals("", restored.costNote());
            assertEquals(second.version() + 1, restored.version());
            assertTrue(p.history().ofAsset(first.id()).get(0).what().startsWith("restore an earlier version"));

            assertTrue(p.assets().delete(first.id()));
            List<History.Change> deleted = p.history().deletedAssets(10);
            assertEquals(1, deleted.size());
            assertEquals("Mile End Men's Shed", p.history().assetVersion(deleted.get(0).id()).orElseThrow().name());
            Asset back = p.history().restoreAsset(deleted.get(0).id());
            assertEquals(first.id(), back.id());
            assertEquals(first.uid(), back.uid());
            assertTrue(p.history().deletedAssets(10).isEmpty());
            // and the restore is undoable like any edit
            assertTrue(p.undo(ChangeScope.ASSETS));
            assertTrue(p.assets().get(first.id()).isEmpty());
        }
    }

    @Test
    void undoReachesBackPastClosingTheProjectToTheLastChangeOfManyRecords() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        long id;
        try (AtlasProject p = AtlasProject.open(file)) {
            Asset library = p.assets().byUid(TendringFixture.CLACTON_LIBRARY).orElseThrow();
            id = library.id();
            p.assets().save(library.toBuilder().name("Clacton Library and Hub").build());
            p.assets().save(shed("Jaywick Shed"));
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            assertEquals("add \u201cJaywick Shed\u201d", p.nextUndo(ChangeScope.ASSETS).orElseThrow());
            assertTrue(p.undo(ChangeScope.ASSETS));
            assertTrue(p.assets().find(org.assetatlas.model.AssetQuery.all().withText("Jaywick Shed")).isEmpty());
            assertTrue(p.undo(ChangeScope.ASSETS));
            assertEquals("Clacton Library", p.assets().get(id).orElseThrow().name().substring(0, 15));
            assertFalse(p.assets().get(id).orElseThrow().name().contains("Hub"));
            // the import before them cannot be undone, and is where undo stops
            assertFalse(p.canUndo(ChangeScope.ASSETS), p.nextUndo(ChangeScope.ASSETS).orElse(""));
            assertTrue(p.redo(ChangeScope.ASSETS));
            assertTrue(p.assets().get(id).orElseThrow().name().contains("Hub"));
            assertTrue(p.history().ofAsset(id).get(0).what().startsWith("redo: edit"));
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            // the undone addition stays undone; the redone edit is the newest thing to undo
            assertEquals("edit \u201cClacton Library and Hub\u201d", p.nextUndo(ChangeScope.ASSETS).orElseThrow());
        }
    }

    @Test
    void nothingIsUndoneAfterReopeningAcrossAnImport() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        try (AtlasProject p = AtlasProject.open(file)) {
            p.assets().save(shed("Jaywick Shed"));
            Path csv = dir.resolve("more.csv");
            Files.writeString(csv, "name,kind,category,domains\nHarwich Walking Group,group,associations,Age Well\n");
            p.transfer().importCsv(csv, Progress.NONE);
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            assertFalse(p.canUndo(ChangeScope.ASSETS));
        }
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWithBothToChooseFrom() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        try (AtlasProject p = AtlasProject.open(file, "Alex")) {
            Asset opened = p.assets().byUid(TendringFixture.CLACTON_LIBRARY).orElseThrow();
            // meanwhile the record is changed and saved by another route (here an import of the same uid)
            Path csv = dir.resolve("update.csv");
            Files.writeString(csv, "id,name,kind,category,domains,postcode\n" + TendringFixture.CLACTON_LIBRARY
                    + ",Clacton Library (updated),venue,institutions,Age Well,CO15 1SF\n");
            p.transfer().importCsv(csv, Progress.NONE);
            Asset mine = opened.toBuilder().phone("01255 111111").build();
            ConflictException e = assertThrows(ConflictException.class, () -> p.assets().save(mine));
            assertTrue(e.getMessage().contains("was changed by Alex"), e.getMessage());
            assertEquals("Clacton Library (updated)", e.theirs().name());
            assertEquals("Clacton Library (updated)", p.assets().get(opened.id()).orElseThrow().name(),
                    "nothing saved");
            assertTrue(e.differences().stream().anyMatch(f -> f.field().equals("Phone")
                    && f.after().equals("01255 111111")), e.differences().toString());
            // the user keeps theirs: nothing to do; or saves mine over it
            Asset saved = p.assets().save(e.mineOverTheirs());
            assertEquals("01255 111111", saved.phone());
            assertEquals(opened.name(), saved.name());
        }
    }

    @Test
    void aVoicesHistoryNeverHoldsTheResidentsWords() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        long voiceId;
        try (AtlasProject p = AtlasProject.open(file)) {
            Factor f = p.factors().factors().get(0);
            Voice v = p.voices().recordVoice(new Voice(0, "My neighbour Jean drives me to the surgery", "carer",
                    "Pat Smith", VoiceConsent.QUOTE, List.of(f.id()), List.of("Age Well"), List.of(), 0, null,
                    false));
            voiceId = v.id();
            assertTrue(p.undo(ChangeScope.FACTORS));
            assertTrue(p.redo(ChangeScope.FACTORS));
            assertTrue(p.voices().deleteVoice(v.id()));
            List<History.Change> changes = p.history().ofVoice(v.id());
            assertEquals(4, changes.size(), changes.toString());
            assertEquals(Action.DELETED, changes.get(0).action());
            assertFalse(changes.get(0).restorable());
            assertTrue(changes.get(0).fields().stream().anyMatch(x -> x.field().equals("Words")
                    && x.before().isEmpty() && x.after().isEmpty()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM change_log WHERE coalesce(before, '')"
                     + " || coalesce(after, '') || label || step_text || fields LIKE '%Jean%'"
                     + " OR step_text LIKE '%Pat Smith%' OR label LIKE '%Pat Smith%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the words or the name of voice " + voiceId + " are in the history");
        }
    }

    @Test
    void aProjectOpenedReadOnlyOffersNothingToUndo() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        try (AtlasProject p = AtlasProject.open(file)) {
            p.assets().save(shed("Jaywick Shed"));
        }
        try (AtlasProject writer = AtlasProject.open(file, "Sam Jones");
             AtlasProject p = AtlasProject.open(file)) {
            assertTrue(writer.canUndo(ChangeScope.ASSETS));
            assertTrue(p.readOnlyReason().orElseThrow().startsWith("Sam Jones"), p.readOnlyReason().toString());
            assertFalse(p.canUndo(ChangeScope.ASSETS));
            assertEquals(1, p.history().recent(1).size(), "the history can still be read");
        }
    }
}
