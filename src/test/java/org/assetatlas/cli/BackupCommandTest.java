package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup and restore on the command line, as an officer would use them after a bad import. */
class BackupCommandTest {

    @TempDir
    Path dir;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private int assets(Path project) {
        CliRun r = run("list", project.toString());
        assertEquals(0, r.code(), r.err());
        return r.lines().size();
    }

    @Test
    void aBadImportIsUndoneByRestoringTheBackupTakenBeforeIt() throws Exception {
        Path project = dir.resolve("tendring.atlas");
        assertEquals(0, run("new", project.toString(), "--name", "Tendring").code());
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "name,category\nClacton Library,institutions\n");
        assertEquals(0, run("import", project.toString(), first.toString()).code());
        assertEquals(1, assets(project));

        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "name,category\nNot ours 1,associations\nNot ours 2,associations\n");
        CliRun imported = run("import", project.toString(), wrong.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(3, assets(project));

        CliRun list = run("backup", project.toString(), "--list");
        assertEquals(0, list.code(), list.err());
        String last = list.lines().get(list.lines().size() - 1);
        assertTrue(last.startsWith("2 backups in "), last);
        assertTrue(list.lines().get(0).contains("before import"), list.out());
        String newest = list.lines().get(0).split("\t")[0];

        CliRun restored = run("restore", project.toString(), newest);
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.lines().get(0).startsWith("Restored tendring.atlas from "), restored.out());
        assertTrue(restored.lines().get(1).contains("before restore"), restored.out());
        assertEquals(1, assets(project));
    }

    @Test
    void backupByHandAndRetentionSettings() {
        Path project = dir.resolve("p.atlas");
        assertEquals(0, run("new", project.toString()).code());
        CliRun b = run("backup", project.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().startsWith("Backed up to "), b.out());
        assertTrue(b.out().contains("by hand"), b.out());
        CliRun keep = run("backup", project.toString(), "--keep", "5", "--days", "7");
        assertEquals("Keeping the newest 5 backups and the last of each of 7 days.", keep.out().strip());
        assertEquals(2, run("backup", project.toString(), "--keep", "0").code(), "a usage mistake");
        CliRun missing = run("restore", project.toString(), "nope.atlas");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("There is no backup nope.atlas"), missing.err());
    }
}
