package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.service.AtlasProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs that cannot destroy a project, and imports that report exactly what they kept. */
class SafeOutputsCliTest {

    @TempDir
    Path dir;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path newProject(String name) {
        Path p = dir.resolve(name);
        CliRun r = run("new", p.toString());
        assertEquals(0, r.code(), r.err());
        return p;
    }

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<Asset> assets(Path project) {
        try (AtlasProject p = AtlasProject.open(project)) {
            return p.assets().find(AssetQuery.all());
        }
    }

    @Test
    void exportRefusesToWriteOverTheProjectItReads() throws Exception {
        Path project = newProject("p.atlas");
        run("import", project.toString(), csv("in.csv", "name,postcode\nLunch club,CO1 1JB\n").toString());
        byte[] before = Files.readAllBytes(project);

        CliRun r = run("export", project.toString(), project.toString());

        assertNotEquals(0, r.code(), r.out());
        assertTrue(r.err().contains("project"), r.err());
        assertArrayEquals(before, Files.readAllBytes(project));
        assertEquals(1, assets(project).size());
    }

    @Test
    void exportRefusesToWriteOverAnotherProjectFile() throws Exception {
        Path project = newProject("p.atlas");
        Path other = newProject("other.atlas");
        Path disguised = dir.resolve("other.csv");
        Files.copy(other, disguised);
        byte[] before = Files.readAllBytes(disguised);

        CliRun r = run("export", project.toString(), disguised.toString());

        assertNotEquals(0, r.code(), r.out());
        assertTrue(r.err().contains("Atlas project"), r.err());
        assertArrayEquals(before, Files.readAllBytes(disguised));
    }

    @Test
    void exportedFilesFollowTheUmaskLikeAnyNewFile() throws Exception {
        Path project = newProject("p.atlas");
        Path out = dir.resolve("out.csv");
        Path plain = Files.createFile(dir.resolve("plain.txt"));

        assertEquals(0, run("export", project.toString(), out.toString()).code());

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void anImportWhoseRejectsCannotBeWrittenStoresNothingSoARetryDoesNotDouble() throws Exception {
        Path project = newProject("p.atlas");
        Path source = csv("survey.csv", "name,postcode\nLunch club,CO1 1JB\nChoir,CO2 7AA\n,NOPE\n");
        Path rejects = Files.createDirectory(dir.resolve("survey.rejects.csv")); // cannot be replaced by a file

        CliRun first = run("import", project.toString(), source.toString());

        assertEquals(1, first.code(), first.out());
        assertTrue(first.err().contains("nothing was imported"), first.err());
        assertEquals(0, assets(project).size());

        Files.delete(rejects);
        CliRun retry = run("import", project.toString(), source.toString());
        assertEquals(0, retry.code(), retry.err());
        assertEquals(2, assets(project).size());
        assertTrue(Files.isRegularFile(rejects));
    }

    @Test
    void aSecondRowWithTheSameIdIsReportedNotMerged() throws Exception {
        Path project = newProject("p.atlas");
        Path source = csv("dup.csv", "id,name\nA1,Lunch club\nA2,Choir\nA1,Men's shed\n");

        CliRun r = run("import", project.toString(), source.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("line 4: The id \"A1\" is also on line 2"), r.out());
        assertTrue(r.out().contains("imported 2, rejected 1"), r.out());
        assertEquals(List.of("Choir", "Lunch club"), assets(project).stream().map(Asset::name).sorted().toList());
    }

    @Test
    void impossibleValuesAreRejectedWithAReason() throws Exception {
        Path project = newProject("p.atlas");
        String huge = "x".repeat(2_000_000);
        Path source = csv("odd.csv", "name,latitude,longitude,last_verified\n"
                + "Null island,0,0,\n"
                + "From the future,,,2999-12-31\n"
                + "Before Christ,,,-2024-01-01\n"
                + huge + ",,,\n"
                + "Fine,51.89,0.9,2026-01-10\n");

        CliRun r = run("import", project.toString(), source.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("line 2: Location 0"), r.out());
        assertTrue(r.out().contains("line 5: Name is 2,000,000 characters long"), r.out());
        assertTrue(r.out().length() < 10_000, "the giant name is not echoed");
        // an impossible date is not a reason to lose the row: it is kept without the date, noted to check
        assertTrue(r.out().contains("From the future: Last verified 2999-12-31 is in the future"), r.out());
        assertTrue(r.out().contains("Before Christ: Last verified \"-2024-01-01\" is not a date"), r.out());
        assertTrue(r.out().contains("imported 3, rejected 2"), r.out());
        Asset future = assets(project).stream().filter(a -> a.name().equals("From the future")).findFirst()
                .orElseThrow();
        assertEquals(null, future.lastVerified());
        assertEquals("Last verified 2999-12-31 is in the future", future.needsChecking());
    }

    @Test
    void formulaCellsAreNeutralisedInExportAndRejectsAndSurviveTheRoundTrip() throws Exception {
        Path project = newProject("p.atlas");
        String formula = "=HYPERLINK(\"http://x.example\",\"click\")";
        Path source = csv("risky.csv", "name,description,organisation,tags,postcode,latitude\n"
                + "\"" + formula.replace("\"", "\"\"") + "\",+1 cmd,@SUM(A1),-2+3,,\n"
                + "Tabbed,\"\t=1+2\",'=kept,'plain,,\n"
                + "Rejected,-1,,,NOPE,51.9\n"
                + "\"=BAD()\",,,,NOPE,51.9\n");
        CliRun imported = run("import", project.toString(), source.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("imported 2, rejected 2"), imported.out());

        Path out = dir.resolve("out.csv");
        assertEquals(0, run("export", project.toString(), out.toString()).code());
        for (CSVRecord row : CSVFormat.RFC4180.parse(Files.newBufferedReader(out, StandardCharsets.UTF_8))) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "unguarded " + cell);
            }
        }
        String rejects = Files.readString(dir.resolve("risky.rejects.csv"), StandardCharsets.UTF_8);
        assertTrue(rejects.contains("'=BAD()"), rejects);
        assertTrue(rejects.contains(",-1,"), rejects); // a number is not a formula
        assertFalse(rejects.contains(",=BAD") || rejects.contains("\n=BAD"), rejects);

        Path again = newProject("again.atlas");
        assertEquals(0, run("import", again.toString(), out.toString()).code());
        List<Asset> before = sorted(assets(project));
        List<Asset> after = sorted(assets(again));
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertTrue(before.get(i).sameContent(after.get(i)), before.get(i) + " vs " + after.get(i));
        }
        Asset tabbed = before.stream().filter(a -> a.name().equals("Tabbed")).findFirst().orElseThrow();
        assertEquals("\t=1+2", tabbed.description());
        assertEquals("=kept", tabbed.organisation()); // a leading apostrophe before = is read as a guard
        assertEquals(List.of("'plain"), tabbed.tags());
        Asset first = before.stream().filter(a -> a.name().equals(formula)).findFirst().orElseThrow();
        assertEquals("+1 cmd", first.description());
        assertEquals("@SUM(A1)", first.organisation());
    }

    private static List<Asset> sorted(List<Asset> list) {
        return list.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Test
    void aFailedExportLeavesNoTemporaryFileBehind() throws Exception {
        Path project = newProject("p.atlas");
        Path out = Files.createDirectories(dir.resolve("sub").resolve("taken.csv")); // a folder: cannot be replaced

        CliRun r = run("export", project.toString(), out.toString());

        assertNotEquals(0, r.code());
        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void importingAProjectFileIsRefusedInPlainWords() throws Exception {
        Path project = newProject("p.atlas");
        byte[] before = Files.readAllBytes(project);

        CliRun r = run("import", project.toString(), project.toString());

        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("p.atlas is an Atlas project, not a CSV file"), r.err());
        assertArrayEquals(before, Files.readAllBytes(project));
    }
}
