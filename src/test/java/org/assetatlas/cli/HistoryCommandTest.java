package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.assetatlas.model.Asset;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.History;
import org.assetatlas.service.TendringFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history}: the same history the app shows, on the Tendring project built as a partnership builds it. */
class HistoryCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheChangesTheAppListsAndRestoresADeletedAsset() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        long id;
        List<History.Change> inApp;
        try (AtlasProject p = AtlasProject.open(file, "Sam Jones")) {
            Asset library = p.assets().byUid(TendringFixture.CLACTON_LIBRARY).orElseThrow();
            id = library.id();
            p.assets().save(library.toBuilder().phone("01255 000000").build());
            p.assets().delete(id);
            inApp = p.history().ofAsset(id);
        }
        CliRun one = CliRun.of("history", file.toString(), "--asset", TendringFixture.CLACTON_LIBRARY);
        assertEquals(0, one.code(), one.err());
        assertEquals(inApp.stream().map(c -> c.id() + "  " + c.summary()).toList(), one.lines());
        assertTrue(one.lines().get(1).contains("Sam Jones \u00b7 edit \u201cClacton"), one.out());
        assertTrue(one.lines().get(1).contains("Phone (empty) \u2192 01255 000000"), one.out());

        CliRun all = CliRun.of("history", file.toString(), "--limit", "3");
        assertEquals(3, all.lines().size(), all.out());
        CliRun project = CliRun.of("history", file.toString(), "--limit", "500");
        assertTrue(project.out().contains("\u00b7 import tendring-assets"), project.out());
        assertTrue(project.out().contains("record a resident's voice"), project.out());
        assertTrue(!project.out().contains(TendringFixture.CLACTON_QUOTE), "a voice's words are never listed");

        CliRun deleted = CliRun.of("history", file.toString(), "--deleted");
        assertEquals(1, deleted.lines().size(), deleted.out());
        String change = deleted.lines().get(0).split(" ")[0];
        CliRun restored = CliRun.of("history", file.toString(), "--restore", change);
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().startsWith("Restored \u201cClacton"), restored.out());
        try (AtlasProject p = AtlasProject.open(file)) {
            assertEquals("01255 000000", p.assets().get(id).orElseThrow().phone());
            assertEquals(TendringFixture.CLACTON_LIBRARY, p.assets().get(id).orElseThrow().uid());
        }
        assertEquals("No assets have been deleted.", CliRun.of("history", file.toString(), "--deleted").out()
                .strip());
    }

    @Test
    void anUnknownAssetOrChangeIsAPlainError() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        TendringFixture.build(file).close();
        CliRun r = CliRun.of("history", file.toString(), "--asset", "no-such-asset");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("No asset has the id or name \"no-such-asset\""), r.err());
        CliRun c = CliRun.of("history", file.toString(), "--restore", "999999");
        assertEquals(1, c.code());
        assertTrue(c.err().contains("Change 999999 keeps no version of an asset to restore"), c.err());
    }
}
