package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One rule for formula-like cells, run through every CSV file the app writes. */
class FormulaCellsTest {

    @TempDir
    Path dir;

    /** Writes one text into a file the way one writer does, and returns the file. */
    interface Writer {
        Path write(Path dir, String text) throws IOException;
    }

    static Stream<Writer> writers() {
        return Stream.of(
                (dir, text) -> {
                    Path out = dir.resolve("export.csv");
                    new CsvAssetWriter().write(List.of(Asset.builder().name(text).build()), out, Progress.NONE);
                    return out;
                },
                (dir, text) -> RejectsWriter.write(dir.resolve("source.csv"),
                        List.of(new RejectedRow(2, "reason", Map.of("name", text)))),
                (dir, text) -> {
                    Path out = dir.resolve("voices.csv");
                    Voice v = new Voice(0, text, "carer", "", VoiceConsent.PUBLISH, List.of(), List.of(), List.of(),
                            0, null, false);
                    VoiceCsvWriter.write(VoiceRelease.release(List.of(v), VoiceRelease.Audience.PUBLIC), out,
                            id -> "");
                    return out;
                });
    }

    private static List<String> cells(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(r)) {
                row.forEach(out::add);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("writers")
    void everyWriterGuardsFormulasAndNothingElse(Writer writer) throws IOException {
        for (String[] c : new String[][] {
                {"=SUM(A1)", "'=SUM(A1)"}, {"+44 1206 500000", "'+44 1206 500000"}, {"@cmd", "'@cmd"},
                {"-2+3", "'-2+3"}, {"'=kept", "''=kept"}, {"Lunch club", "Lunch club"}}) {
            Path file = writer.write(dir, c[0]);

            List<String> cells = cells(file);

            assertTrue(cells.contains(c[1]), c[0] + " should be written as " + c[1] + ": " + cells);
            assertEquals(c[0].equals(c[1]), cells.contains(c[0]), c[0] + " written as is: " + cells);
        }
    }
}
