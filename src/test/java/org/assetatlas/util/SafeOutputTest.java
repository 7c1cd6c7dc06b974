package org.assetatlas.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static byte[] databaseHeader(int applicationId) {
        ByteBuffer b = ByteBuffer.allocate(1024);
        b.put("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
        b.putInt(68, applicationId);
        return b.array();
    }

    @Test
    void replacesTheTargetWholeAndLeavesNothingElse() throws IOException {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");

        SafeOutput.writeText(out, w -> w.write("new"));

        assertEquals("new", Files.readString(out));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void keepsTheOldFileAndRemovesTheTemporaryOneWhenWritingFails() throws IOException {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");

        assertThrows(IOException.class, () -> SafeOutput.writeText(out, w -> {
            w.write("half");
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void newFilesHaveThePermissionsOfAnyNewFileInTheFolder() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain"));
        Path out = dir.resolve("out.txt");

        SafeOutput.writeText(out, w -> w.write("x"));

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void refusesToWriteOverAProjectFileAndLeavesItUntouched() throws IOException {
        Path project = dir.resolve("project.csv");
        byte[] bytes = databaseHeader(DatabaseFile.ATLAS_APPLICATION_ID);
        Files.write(project, bytes);

        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> SafeOutput.writeText(project, w -> w.write("x")));

        assertTrue(e.getMessage().contains("is an Atlas project"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(project));
    }

    @Test
    void refusesToWriteOverAnyOtherDatabase() throws IOException {
        Path db = dir.resolve("other.sqlite");
        Files.write(db, databaseHeader(0));

        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> SafeOutput.writeText(db, w -> w.write("x")));

        assertTrue(e.getMessage().contains("is a database"), e.getMessage());
    }

    @Test
    void refusesAProtectedFileHoweverItsPathIsSpelt() throws IOException {
        Path source = Files.writeString(dir.resolve("source.csv"), "name\nx\n");
        Path spelt = dir.resolve("sub").resolve("..").resolve("source.csv");
        Files.createDirectory(dir.resolve("sub"));

        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> SafeOutput.writeText(spelt, w -> w.write("x"), source));

        assertTrue(e.getMessage().contains("source.csv"), e.getMessage());
        assertEquals("name\nx\n", Files.readString(source));
    }

    @Test
    void namesAMissingFolderRatherThanATemporaryFile() {
        Path out = dir.resolve("missing").resolve("out.csv");

        IOException e = assertThrows(IOException.class, () -> SafeOutput.writeText(out, w -> w.write("x")));

        assertEquals("The folder " + out.getParent() + " does not exist", e.getMessage());
    }

    @Test
    void aFileWrittenByNameReplacesAnEarlierOutputOfItsKindButNeverAProject() throws IOException {
        int gpkg = 0x47504B47;
        Path out = dir.resolve("out.gpkg");
        Files.write(out, databaseHeader(gpkg));
        try (SafeOutput.PendingFile pending = SafeOutput.openFile(out, gpkg)) {
            assertEquals("out.gpkg", pending.path().getFileName().toString());
            Files.write(pending.path(), databaseHeader(gpkg + 1));
            Files.writeString(pending.path().resolveSibling("out.gpkg-journal"), "a library's side file");
            pending.commit();
        }
        assertEquals(gpkg + 1, DatabaseFile.read(out).orElseThrow().applicationId());
        assertEquals(List.of("out.gpkg"), names());

        Path project = dir.resolve("p.atlas");
        byte[] bytes = databaseHeader(DatabaseFile.ATLAS_APPLICATION_ID);
        Files.write(project, bytes);
        assertThrows(OutputRefusedException.class, () -> SafeOutput.openFile(project, gpkg));
        assertThrows(OutputRefusedException.class,
                () -> SafeOutput.openFile(project, DatabaseFile.ATLAS_APPLICATION_ID));
        assertThrows(OutputRefusedException.class, () -> SafeOutput.openFile(out, null));
        assertArrayEquals(bytes, Files.readAllBytes(project));
    }

    @Test
    void aFileWrittenByNameThatIsNotCommittedLeavesTheFolderAsItWas() throws IOException {
        Path out = dir.resolve("out.gpkg");
        Files.writeString(out, "old");
        try (SafeOutput.PendingFile pending = SafeOutput.openFile(out, null)) {
            Files.writeString(pending.path(), "half");
        }
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.gpkg"), names());
    }

    @Test
    void aBatchGivesCollidingNamesDistinctFilesAndMovesThemInTogether() throws IOException {
        try (SafeOutput.Batch batch = SafeOutput.batch(dir)) {
            Files.writeString(batch.file("a.pdf"), "1");
            Files.writeString(batch.file("a.pdf"), "2");
            Files.writeString(batch.file("A.pdf"), "3");
            assertEquals(List.of(), names().stream().filter(n -> !n.startsWith(".")).toList());

            List<Path> written = batch.commit();

            assertEquals(List.of(dir.resolve("a.pdf"), dir.resolve("a (2).pdf"), dir.resolve("A (3).pdf")), written);
        }
        assertEquals(List.of("A (3).pdf", "a (2).pdf", "a.pdf"), names());
        assertEquals("2", Files.readString(dir.resolve("a (2).pdf")));
    }

    @Test
    void aBatchThatIsNotCommittedLeavesTheFolderAsItWas() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "old");
        try (SafeOutput.Batch batch = SafeOutput.batch(dir)) {
            Files.writeString(batch.file("a.pdf"), "new");
            Files.writeString(batch.file("b.pdf"), "new");
        }
        assertEquals(List.of("a.pdf"), names());
        assertEquals("old", Files.readString(dir.resolve("a.pdf")));
    }

    @Test
    void removesWhatAKilledWriterLeftLongAgoButNothingOfARunningOrRecentOne() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path leftFile = Files.writeString(dir.resolve(".out.csv." + gone.pid() + "-abc.part"), "half");
        Path leftBatch = Files.createDirectory(dir.resolve(".batch." + gone.pid() + "-def.part"));
        Files.writeString(leftBatch.resolve("out-0"), "half");
        Path running = Files.writeString(dir.resolve(".other.csv." + ProcessHandle.current().pid() + "-ghi.part"), "");
        Path someoneElses = Files.writeString(dir.resolve(".notes.part"), "keep");
        Path recent = Files.writeString(dir.resolve(".busy.csv." + gone.pid() + "-jkl.part"), "perhaps elsewhere");
        FileTime old = FileTime.from(Instant.now().minus(SafeOutput.LEFTOVER_AGE).minusSeconds(60));
        for (Path p : List.of(leftFile, leftBatch, running, someoneElses)) {
            Files.setLastModifiedTime(p, old);
        }

        SafeOutput.writeText(dir.resolve("out.csv"), w -> w.write("x"));

        assertEquals(List.of(recent.getFileName().toString(), someoneElses.getFileName().toString(),
                running.getFileName().toString(), "out.csv"), names());
        assertFalse(Files.exists(leftFile));
    }

    @Test
    void contentThatClosesItsStreamIsStillWrittenWhole() throws IOException {
        Path out = dir.resolve("closed.bin");

        SafeOutput.write(out, os -> {
            os.write(new byte[] {1, 2, 3});
            os.close(); // as some document libraries do when they finish
        });

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
    }
}
