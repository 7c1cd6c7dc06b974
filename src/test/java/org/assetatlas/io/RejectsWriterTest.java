package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assetatlas.model.Framework;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectsWriterTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "assets.csv, assets.rejects.csv",
            "Assets.CSV, Assets.rejects.csv",
            "my.assets.csv, my.assets.rejects.csv",
            "export.txt, export.txt.rejects.csv",
            "csv, csv.rejects.csv"})
    void namesTheFileBesideTheSource(String source, String expected) {
        Path in = dir.resolve("sub").resolve(source);

        assertEquals(dir.resolve("sub").resolve(expected), RejectsWriter.rejectsPathFor(in));
    }

    @Test
    void writesLineReasonAndOriginalColumns() throws IOException {
        Path source = dir.resolve("survey.csv");
        Files.writeString(source, "Asset Name,Latitude,Notes\n"
                + "Café,,fine\n"
                + "Hall,51.9,\"two\nlines\"\n"
                + ",,no name\n", StandardCharsets.UTF_8);

        Path rejects;
        try (RejectsWriter writer = new RejectsWriter(source)) {
            new CsvAssetReader(Framework.liveWell(), null).read(source, a -> { }, writer, Progress.NONE);
            rejects = writer.path();
            assertEquals(2, writer.count());
        }

        assertEquals(dir.resolve("survey.rejects.csv"), rejects);
        assertEquals("\uFEFFline,reason,Asset Name,Latitude,Notes\r\n"
                        + "3,Latitude 51.9 is given without a longitude,Hall,51.9,\"two\nlines\"\r\n"
                        + "5,Name is required,,,no name\r\n",
                Files.readString(rejects, StandardCharsets.UTF_8));
    }

    @Test
    void writesNothingWithoutRows() throws IOException {
        Path rejects = RejectsWriter.write(dir.resolve("clean.csv"), List.of());

        assertEquals(dir.resolve("clean.rejects.csv"), rejects);
        assertFalse(Files.exists(rejects));
    }

    @Test
    void readsBackThroughTheImporterAsTheSameRows() throws IOException {
        Path source = dir.resolve("survey.csv");
        Files.writeString(source, "name,latitude\nCafé,51.9\n", StandardCharsets.UTF_8);
        List<CsvAssetReader.RejectedRow> rows = new java.util.ArrayList<>();
        new CsvAssetReader(Framework.liveWell(), null).read(source, a -> { }, rows::add, Progress.NONE);

        Path rejects = RejectsWriter.write(source, rows);
        List<CsvAssetReader.RejectedRow> again = new java.util.ArrayList<>();
        CsvAssetReader.Summary s = new CsvAssetReader(Framework.liveWell(), null)
                .read(rejects, a -> { }, again::add, Progress.NONE);

        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertEquals(List.of("line", "reason"), s.unknownColumns());
        assertEquals("Café", again.get(0).values().get("name"));
    }
}
