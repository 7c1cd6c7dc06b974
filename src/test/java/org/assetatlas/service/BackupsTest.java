package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.store.StoreException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups before large changes and daily, retention, and restoring a backup in place of a project. */
class BackupsTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void project() throws Exception {
        file = dir.resolve("Tendring.atlas");
        try (AtlasProject p = AtlasProject.create(file, "Tendring", Framework.liveWell())) {
            p.assets().save(Asset.builder().name("Clacton Library").category(AbcdCategory.INSTITUTIONS).build());
        }
    }

    private Path csv(String... names) throws Exception {
        Path csv = dir.resolve("assets.csv");
        StringBuilder b = new StringBuilder("name,category\n");
        for (String n : names) {
            b.append(n).append(",associations\n");
        }
        Files.writeString(csv, b);
        return csv;
    }

    private static long count(Path project) {
        try (AtlasProject p = AtlasProject.open(project)) {
            return p.assets().find(AssetQuery.all()).size();
        }
    }

    @Test
    void anImportIntoAnExistingProjectIsBackedUpFirstAndTheBackupHoldsTheStateBefore() throws Exception {
        try (AtlasProject p = AtlasProject.open(file)) {
            assertEquals(List.of(), p.backups().list(), "the project was changed today: no daily backup");
            p.transfer().importCsv(csv("Walking group", "Carers' café"), Progress.NONE);
            List<Backups.Backup> all = p.backups().list();
            assertEquals(1, all.size());
            assertEquals("before import", all.get(0).reason());
            assertEquals(dir.resolve("Tendring backups"), all.get(0).file().getParent());
            assertTrue(all.get(0).file().getFileName().toString().startsWith("Tendring "));
        }
        assertEquals(3, count(file));
        assertEquals(1, count(Backups.list(file).get(0).file()), "the backup is the project as it was");
    }

    @Test
    void aProjectBeingBuiltInThisSessionIsNotBackedUp() throws Exception {
        Path fresh = dir.resolve("New.atlas");
        try (AtlasProject p = AtlasProject.create(fresh, "New", Framework.liveWell())) {
            p.transfer().importCsv(csv("Walking group"), Progress.NONE);
            p.domains().rename("Start Well", "Best Start");
            assertEquals(List.of(), p.backups().list());
        }
    }

    @Test
    void aDomainChangeIsBackedUpButARefusedOneIsNot() {
        try (AtlasProject p = AtlasProject.open(file)) {
            assertThrows(IllegalArgumentException.class, () -> p.domains().rename("No Such Domain", "Other"));
            assertEquals(0, p.backups().list().size());
            p.domains().rename("Start Well", "Best Start");
            assertEquals(List.of("before domain change"), p.backups().list().stream().map(Backups.Backup::reason)
                    .toList());
        }
    }

    @Test
    void theFirstOpeningOnADayAfterAChangeOnAnEarlierDayTakesTheDailyBackupOnce() throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        try (AtlasProject p = AtlasProject.open(file)) {
            assertEquals(List.of("daily"), p.backups().list().stream().map(Backups.Backup::reason).toList());
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        try (AtlasProject p = AtlasProject.open(file)) {
            assertEquals(1, p.backups().list().size(), "one daily backup a day");
        }
    }

    @Test
    void retentionKeepsTheNewestAndTheLastOfEachRecentDay() throws Exception {
        try (AtlasProject p = AtlasProject.open(file)) {
            Path one = p.backups().take("by hand").file();
            // backups from earlier days, as if taken then: two on each of the last five days
            DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss", Locale.ROOT);
            LocalDateTime now = LocalDateTime.now().withNano(0);
            for (int d = 1; d <= 5; d++) {
                for (int h : new int[] {9, 17}) {
                    LocalDateTime t = now.minusDays(d).withHour(h).withMinute(0).withSecond(0);
                    Files.copy(one, one.resolveSibling("Tendring " + stamp.format(t) + " before import.atlas"));
                }
            }
            assertEquals(11, p.backups().list().size());
            p.backups().setRetention(2, 3);
            List<Backups.Backup> kept = p.backups().list();
            // the newest two (today's, yesterday 17:00) and the last of each of the days back to three days ago
            assertEquals(4, kept.size(), kept.toString());
            assertEquals(one, kept.get(0).file());
            assertTrue(kept.stream().skip(1).allMatch(k -> k.taken().getHour() == 17), kept.toString());
            assertEquals("2", p.setting(Backups.KEEP_SETTING).orElseThrow());
            assertThrows(IllegalArgumentException.class, () -> p.backups().setRetention(0, 3));
        }
    }

    @Test
    void restorePutsTheBackupBackAndKeepsWhatItReplacedWithoutTouchingTheBackup() throws Exception {
        Path backup;
        try (AtlasProject p = AtlasProject.open(file)) {
            backup = p.backups().take("by hand").file();
            p.transfer().importCsv(csv("Walking group"), Progress.NONE);
        }
        assertEquals(2, count(file));
        byte[] backupBytes = Files.readAllBytes(backup);

        Backups.Backup replaced = Backups.restore(file, backup).orElseThrow();
        assertEquals("before restore", replaced.reason());
        assertEquals(1, count(file), "the project is as it was at the backup");
        assertEquals(2, count(replaced.file()), "and the state it replaced is kept");
        assertArrayEquals(backupBytes, Files.readAllBytes(backup), "the backup itself is never changed");
        try (var stray = Files.list(dir)) {
            assertTrue(stray.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }

    @Test
    void aFileThatIsNotAProjectIsNotRestoredAndTheProjectIsUntouched() throws Exception {
        Path notProject = dir.resolve("notes.atlas");
        Files.writeString(notProject, "these are not the assets you are looking for");
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Backups.restore(file, notProject));
        assertTrue(e.getMessage().startsWith("notes.atlas cannot be restored"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(Backups.folder(file)), "nothing was backed up because nothing was replaced");
    }
}
