package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users' files can do to the terminal and what the command line says about files that are not text. */
class TerminalSafetyTest {

    @TempDir
    Path dir;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void controlCharactersFromAFileNeverReachTheTerminal() throws Exception {
        Path project = dir.resolve("p.atlas");
        assertEquals(0, run("new", project.toString()).code());
        Path csv = dir.resolve("odd.csv");
        Files.writeString(csv, "name,category,email\n\u001b]0;pwned\u0007Hall\u001b[2J,associations,not-an-email\u001b[31m\n"
                + "Bell\u0008\u0008\u0008Club,associations,\n", StandardCharsets.UTF_8);
        CliRun r = run("import", project.toString(), csv.toString());
        CliRun listed = run("list", project.toString());
        for (String s : new String[] {r.out(), r.err(), listed.out(), listed.err()}) {
            assertTrue(s.chars().noneMatch(TerminalText::isControl), s);
        }
        assertTrue(listed.out().contains("Bell\uFFFD\uFFFD\uFFFDClub"), listed.out());
    }

    @Test
    void aBinaryFileIsRefusedByNameAndNothingIsImported() throws Exception {
        Path project = dir.resolve("p.atlas");
        assertEquals(0, run("new", project.toString()).code());
        Path xlsx = dir.resolve("assets.csv");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0x1b, '[', '2', 'J'});
        CliRun r = run("import", project.toString(), xlsx.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("assets.csv is not a text file"), r.err());
        assertFalse(r.err().contains("\u001b"));
        assertEquals("", run("list", project.toString()).out());
    }

    @Test
    void aUtf16SpreadsheetExportImports() throws Exception {
        Path project = dir.resolve("p.atlas");
        assertEquals(0, run("new", project.toString()).code());
        Path csv = dir.resolve("unicode.csv");
        Files.write(csv, "\uFEFFname,category\nCaf\u00e9 Ami\u00e9,associations\n".getBytes(StandardCharsets.UTF_16LE));
        CliRun r = run("import", project.toString(), csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(run("list", project.toString()).out().contains("Caf\u00e9 Ami\u00e9"));
    }
}
