package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factors FILE}: lists, the matrix, the far-from-stops filter, a NaPTAN import with a bad row and the export
 * of residents' quotes by consent.
 */
class FactorsCommandTest {

    @TempDir
    static Path dir;
    private static Path demo;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @BeforeAll
    static void buildDemo() {
        demo = dir.resolve("demo.atlas");
        assertEquals("0", run("demo", demo.toString())[0]);
    }

    @Test
    void printsTheMatrixWithTransportCrossCutting() {
        String[] r = run("factors", demo.toString(), "--matrix");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].lines().anyMatch(l -> l.startsWith("Transport *")), r[1]);
        assertTrue(r[1].contains("at least 4 of 6"), r[1]);
    }

    @Test
    void listsFactorsForADomainAndArea() {
        String[] r = run("factors", demo.toString(), "--domain", "age well", "--area", "Greenstead");
        assertEquals("0", r[0], r[2]);
        List<String> lines = r[1].lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Enabler\tTransport") && l.contains("hopper")), r[1]);
        assertTrue(lines.stream().noneMatch(l -> l.contains("Tiptree")), "a Tiptree-only factor is not listed");
        assertTrue(lines.get(lines.size() - 1).endsWith(" factors"));
        String[] bad = run("factors", demo.toString(), "--domain", "Sleep Well");
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("Sleep Well"), bad[2]);
    }

    @Test
    void listsAssetsFarFromStopsAndImportsNaptanWithLineNumberedErrors() throws Exception {
        String[] far = run("factors", demo.toString(), "--far-from-stops", "300");
        assertEquals("0", far[0], far[2]);
        assertTrue(far[1].lines().reduce((a, b) -> b).orElse("").endsWith("more than 300 m from any stop"), far[1]);

        Path csv = dir.resolve("Stops.csv");
        Files.writeString(csv, "ATCOCode,CommonName,Longitude,Latitude,Status\n"
                + "TEST1,New stop,0.93,51.89,active\n"
                + "TEST2,Broken,0.93,,active\n");
        String[] r = run("factors", demo.toString(), "--import-stops", csv.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("imported 1 stops"), r[1]);
        assertTrue(r[2].contains("line 3"), r[2]);
    }

    @Test
    void exportsOnlyTheVoicesWhoseSpeakersConsented() throws Exception {
        // the demo has a voice with no consent ("... across the field in the dark"), one cleared for partners
        // ("After six there's nothing ...") and several cleared for publication
        Path published = dir.resolve("published.csv");
        String[] r = run("factors", demo.toString(), "--export-voices", published.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("exported "), r[1]);
        String publicFile = Files.readString(published);
        assertTrue(publicFile.startsWith("quote,attribution,date,domains,areas,factors,illustrative"), publicFile);
        assertTrue(publicFile.contains("bus to the hospital"), publicFile);
        assertFalse(publicFile.contains("in the dark"), "a voice with no consent never leaves the app");
        assertFalse(publicFile.contains("After six"), "a quote for partners is not published");

        Path partners = dir.resolve("partners.csv");
        r = run("factors", demo.toString(), "--export-voices", partners.toString(), "--include-quotable");
        assertEquals("0", r[0], r[2]);
        String partnersFile = Files.readString(partners);
        assertTrue(partnersFile.contains("After six"), partnersFile);
        assertTrue(partnersFile.contains("bus to the hospital"), partnersFile);
        assertFalse(partnersFile.contains("in the dark"), "a voice with no consent never leaves the app");
        assertFalse(partnersFile.contains("without his advocate"), "a voice with no consent never leaves the app");
    }
}
