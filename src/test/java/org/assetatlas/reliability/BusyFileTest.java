package org.assetatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.TendringFixture;
import org.assetatlas.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that another program is writing to (a database tool left in the middle of a change, a sync client):
 * the user is told so in plain words, nothing is half-saved, and the change can be made once it lets go.
 */
class BusyFileTest {

    @TempDir
    Path dir;

    private static Asset shed() {
        return Asset.builder().name("Jaywick Men's Shed").kind(AssetKind.GROUP).category(AbcdCategory.ASSOCIATIONS)
                .domains(List.of("Age Well")).build();
    }

    @Test
    void aChangeWhileAnotherProgramIsWritingIsRefusedInPlainWordsAndWorksOnceItLetsGo() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        long before;
        try (AtlasProject p = TendringFixture.build(file)) {
            before = p.assets().count();
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // another program in the middle of writing
            s.execute("UPDATE meta SET value = value");
            StoreException e = assertThrows(StoreException.class, () -> {
                try (AtlasProject p = AtlasProject.open(file)) {
                    p.assets().save(shed());
                }
            });
            assertTrue(e.getMessage().contains("in use by another program"), e.getMessage());
            assertFalse(e.getMessage().contains("SQLITE"), e.getMessage());
            s.execute("ROLLBACK");
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            assertEquals(before, p.assets().count(), "nothing was half-saved");
            p.assets().save(shed());
            assertEquals(before + 1, p.assets().count());
        }
    }
}
