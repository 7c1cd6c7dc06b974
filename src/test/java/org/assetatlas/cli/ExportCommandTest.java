package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export FILE OUT.csv [--include-personal]}: individuals only with the opt-in, and a warning before. */
class ExportCommandTest {

    private static final String ASSETS = """
            name,kind,category,address,postcode,phone,email
            Village Hall,venue,physical,1 Church Lane,CO1 1JB,01632 960101,hall@example.org
            Pat \u2013 befriender,individual,individuals,2 Quay Street,CO1 1JB,01632 960201,pat@example.org
            Ola \u2013 death caf\u00e9 host,individual,individuals,3 Quay Street,CO1 1JB,01632 960202,ola@example.org
            """;

    @TempDir
    Path dir;

    private Path project(String csv) throws IOException {
        Path p = dir.resolve("p.atlas");
        assertEquals(0, CliRun.of("new", p.toString()).code());
        Path in = dir.resolve("in.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import", p.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        return p;
    }

    @Test
    void leavesIndividualsOutByDefaultAndSaysHowMany() throws Exception {
        Path out = dir.resolve("shared.csv");
        CliRun r = CliRun.of("export", project(ASSETS).toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("exported 1 asset to " + out,
                "2 individuals left out to protect their personal details; use --include-personal to include them"),
                r.lines());
        assertEquals("", r.err());
        String written = Files.readString(out);
        assertTrue(written.contains("Village Hall"), written);
        for (String personal : List.of("Pat", "2 Quay Street", "01632 960201", "pat@example.org", "Ola")) {
            assertFalse(written.contains(personal), personal + " in\n" + written);
        }
    }

    @Test
    void withTheOptInWarnsOnStandardErrorBeforeWritingTheFile() throws Exception {
        Path project = project(ASSETS);
        Path out = dir.resolve("shared.csv");
        WatchingWriter err = new WatchingWriter("Only share it", () -> filesNamedLike(out));
        StringWriter std = new StringWriter();
        int code = AtlasCli.run(new String[] {"export", project.toString(), out.toString(), "--include-personal"},
                new PrintWriter(std), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertEquals("warning: This export includes the contact details of 2 individuals. Only share it with people "
                + "allowed to see them.\n", err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals(List.of(), err.seenWhenWritten, "nothing of the export was on disk when the warning was given");
        assertEquals("exported 3 assets to " + out, std.toString().strip());
        String written = Files.readString(out);
        assertTrue(written.contains("pat@example.org") && written.contains("Ola"), written);
    }

    @Test
    void oneIndividualIsCountedAsOne() throws Exception {
        Path project = project(ASSETS.lines().limit(3).map(l -> l + "\n").reduce("", String::concat));
        Path out = dir.resolve("shared.csv");
        CliRun leftOut = CliRun.of("export", project.toString(), out.toString());
        assertTrue(leftOut.out().contains("\n1 individual left out to protect their personal details; use "
                + "--include-personal to include them"), leftOut.out());
        CliRun included = CliRun.of("export", project.toString(), out.toString(), "--include-personal");
        assertTrue(included.err().contains("the contact details of 1 individual. Only"), included.err());
    }

    @Test
    void saysNothingAboutIndividualsWhenThereAreNone() throws Exception {
        Path project = project("name,kind,postcode\nVillage Hall,venue,CO1 1JB\n");
        Path out = dir.resolve("shared.csv");
        for (CliRun r : List.of(CliRun.of("export", project.toString(), out.toString()),
                CliRun.of("export", project.toString(), out.toString(), "--include-personal"))) {
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err());
            assertEquals(List.of("exported 1 asset to " + out), r.lines());
        }
    }

    @Test
    void theReportsNameForTheOptInWorksToo() throws Exception {
        Path out = dir.resolve("shared.csv");
        CliRun r = CliRun.of("export", project(ASSETS).toString(), out.toString(), "--include-personal-details");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("warning: This export includes the contact details of 2 individuals."),
                r.err());
    }

    @Test
    void helpNamesTheOptIn() {
        CliRun r = CliRun.of("help", "export");
        assertTrue(r.out().contains("--include-personal"), r.out());
        assertTrue(r.out().contains("Individuals are left out"), r.out());
    }

    private List<Path> filesNamedLike(Path out) {
        try (Stream<Path> files = Files.list(out.getParent())) {
            // the target, or the hidden temporary file it is written to first
            return files.filter(f -> f.getFileName().toString().contains(out.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard error that notes which files of the export existed when a line containing a marker was written. */
    private static final class WatchingWriter extends StringWriter {
        private final String marker;
        private final java.util.function.Supplier<List<Path>> files;
        List<Path> seenWhenWritten;

        WatchingWriter(String marker, java.util.function.Supplier<List<Path>> files) {
            this.marker = marker;
            this.files = files;
        }

        private void look() {
            if (seenWhenWritten == null && toString().contains(marker)) {
                seenWhenWritten = files.get();
            }
        }

        @Override
        public void write(int c) {
            super.write(c);
            look();
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            super.write(cbuf, off, len);
            look();
        }

        @Override
        public void write(String str, int off, int len) {
            super.write(str, off, len);
            look();
        }
    }
}
