package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new --framework} and {@code domains}: previews, results and one-line errors with a non-zero exit. */
class DomainsCommandTest {

    @TempDir
    Path dir;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void presetsAndCustomFrameworks() {
        String s = dir.resolve("s.atlas").toString();
        CliRun r = run("new", s, "--framework", "southend-2050");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(5 domains)"), r.out());
        r = run("domains", s, "list");
        assertEquals(0, r.code(), r.err());
        assertEquals("1. Pride and Joy: 0 assets, 0 barriers and enablers, 0 voices", r.lines().get(0));
        assertEquals("5. Connected and Smart: 0 assets, 0 barriers and enablers, 0 voices", r.lines().get(4));

        String c = dir.resolve("c.atlas").toString();
        r = run("new", c, "--framework", "custom", "--domains", "Housing; Work;Health");
        assertEquals(0, r.code(), r.err());
        r = run("domains", c, "list");
        assertEquals(List.of("1. Housing: 0 assets, 0 barriers and enablers, 0 voices",
                "2. Work: 0 assets, 0 barriers and enablers, 0 voices",
                "3. Health: 0 assets, 0 barriers and enablers, 0 voices"), r.lines());

        r = run("new", dir.resolve("x.atlas").toString(), "--framework", "custom", "--domains", "A;a");
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        r = run("new", dir.resolve("y.atlas").toString(), "--framework", "elsewhere");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Unknown framework"), r.err());
    }

    @Test
    void editsPrintThePreviewAndTheResult() {
        String f = dir.resolve("demo.atlas").toString();
        assertEquals(0, run("demo", f).code());
        CliRun r = run("domains", f, "rename", "Start Well", "Early Years");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).matches("\\d+ assets, \\d+ barriers and enablers and \\d+ voices? tagged Start Well"
                + " will be tagged Early Years\\..*"), r.out());
        assertEquals("Renamed Start Well to Early Years.", r.lines().get(1));

        r = run("domains", f, "add", "Work Well", "--description", "Good work for all");
        assertEquals(0, r.code(), r.err());
        assertEquals("Added Work Well.", r.lines().get(1));
        r = run("domains", f, "move", "Work Well", "--to", "1");
        assertEquals(0, r.code(), r.err());
        r = run("domains", f, "merge", "Feel Well", "Be Well");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).contains("will be tagged Be Well"), r.out());
        r = run("domains", f, "retire", "Die Well");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).contains("reports will still count it"), r.out());
        r = run("domains", f, "list");
        assertTrue(r.lines().get(0).startsWith("1. Work Well: 0 assets"), r.out());
        assertTrue(r.out().contains("Die Well (retired)"), r.out());
        assertTrue(!r.out().contains("Feel Well"), r.out());
        r = run("domains", f, "restore", "Die Well");
        assertEquals(0, r.code(), r.err());

        for (String[] bad : new String[][] {{"rename", "Age Well", "stay well"}, {"merge", "Nope", "Age Well"},
            {"add", " "}, {"move", "Age Well"}, {"retire"}, {"frobnicate", "X"}}) {
            String[] args = new String[bad.length + 2];
            args[0] = "domains";
            args[1] = f;
            System.arraycopy(bad, 0, args, 2, bad.length);
            r = run(args);
            assertEquals(1, r.code(), String.join(" ", bad) + ": " + r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("asset-atlas: "), r.err());
        }
    }
}
