package org.assetatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Framework;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.store.FileSystemKind;
import org.assetatlas.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project on a network drive (the file system check simulated, as on a CIFS mount) uses the rollback journal, and
 * a second person opening it while the first has it open — here a second process — gets it read-only and is told
 * who has it, in the app's words, instead of a locking failure.
 */
class TwoUsersTest {

    @TempDir
    Path dir;

    @AfterEach
    void localAgain() {
        System.clearProperty(FileSystemKind.PROPERTY);
    }

    private static String journalMode(Path p) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** The command line in a process of its own, as a colleague's PC would run it, on a "network" drive. */
    private static Run otherProcess(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + FileSystemKind.PROPERTY + "=network", "-cp", System.getProperty("java.class.path"),
                "org.assetatlas.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void onANetworkDriveTheRollbackJournalIsUsedAndASecondUserIsToldWhoHasIt() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        try (AtlasProject p = AtlasProject.create(file, "Tendring", Framework.liveWell())) {
            p.assets().save(Asset.builder().name("Clacton Library").category(AbcdCategory.INSTITUTIONS).build());
        }
        assertEquals("wal", journalMode(file), "a local project uses the write-ahead log");

        System.setProperty(FileSystemKind.PROPERTY, "network");
        try (AtlasProject first = AtlasProject.open(file, "Sam Jones")) {
            assertFalse(first.writeAheadLog());
            assertTrue(first.readOnlyReason().isEmpty());
            assertEquals("delete", journalMode(file), "on a network drive, the rollback journal");
            assertFalse(Files.exists(dir.resolve("Tendring.atlas-wal")));

            Path csv = dir.resolve("more.csv");
            Files.writeString(csv, "name,category\nWalking group,associations\n");
            Run importing = otherProcess("import", file.toString(), csv.toString());
            assertEquals(1, importing.code(), importing.out());
            assertTrue(importing.err().contains("This project is open read-only, so nothing can be changed: Sam Jones on "),
                    importing.err());
            assertTrue(importing.err().contains(" has it open since "), importing.err());
            assertFalse(importing.err().contains("SQLITE"), importing.err());

            Run listing = otherProcess("list", file.toString());
            assertEquals(0, listing.code(), listing.err());
            assertTrue(listing.out().contains("Clacton Library"), "reading is fine while someone else edits");

            first.assets().save(Asset.builder().name("Harwich Carers").category(AbcdCategory.ASSOCIATIONS).build());
        }
        Run after = otherProcess("list", file.toString());
        assertEquals(2, after.out().lines().count(), "once Sam has closed it, it is anyone's again: " + after.out());
    }

    @Test
    void aReadOnlyOpeningRefusesChangesInPlainWordsAndChangesNothing() throws Exception {
        Path file = dir.resolve("p.atlas");
        try (AtlasProject p = AtlasProject.create(file, "P", Framework.liveWell())) {
            p.assets().save(Asset.builder().name("Hall").category(AbcdCategory.PHYSICAL).build());
        }
        try (AtlasProject first = AtlasProject.open(file, "Sam Jones");
             AtlasProject second = AtlasProject.open(file, "Alex")) {
            assertTrue(first.readOnlyReason().isEmpty());
            String reason = second.readOnlyReason().orElseThrow();
            assertTrue(reason.startsWith("Sam Jones on "), reason);
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> second.assets().save(Asset.builder().name("Shed").category(AbcdCategory.PHYSICAL).build()));
            assertTrue(e.getMessage().startsWith("This project is open read-only, so nothing can be changed: Sam Jones"),
                    e.getMessage());
            assertEquals(1, second.assets().count());
        }
    }
}
