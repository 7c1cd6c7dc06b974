package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} as a script would use it. */
class ReportCommandTest {

    @TempDir
    static Path dir;
    private static Path demo;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeAll
    static void buildDemo() {
        demo = dir.resolve("demo.atlas");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "demo", demo.toString()));
    }

    @Test
    void writesTheDirectoryForADomainAndArea() throws Exception {
        Path out = dir.resolve("age-well.xlsx");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = run(o, e, "report", demo.toString(), "--domain", "Age Well", "--area", "Colchester North",
                "--out", out.toString(), "--snapshot", "first");
        assertEquals(0, code, e.toString());
        assertTrue(Files.size(out) > 0);
        assertTrue(o.toString().contains("wrote " + out), o.toString());
        assertTrue(o.toString().contains("recorded a snapshot"), o.toString());
    }

    @Test
    void refusesAnOutputItCannotWriteWithAOneLineReason() {
        StringWriter e = new StringWriter();
        int code = run(new StringWriter(), e, "report", demo.toString(), "--domain", "Age Well", "--out",
                dir.resolve("report.txt").toString());
        assertEquals(2, code);
        assertTrue(e.toString().contains(".pdf, .docx or .xlsx"), e.toString());
        StringWriter e2 = new StringWriter();
        assertEquals(1, run(new StringWriter(), e2, "report", demo.toString(), "--domain", "Sleep Well", "--out",
                dir.resolve("x.pdf").toString()));
        assertTrue(e2.toString().startsWith("asset-atlas: The project has no domain called \"Sleep Well\""),
                e2.toString());
    }
}
