package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    @TempDir
    Path dir;

    @Test
    void importsTendringCodePointOpenWithHeader() throws Exception {
        Path csv = dir.resolve("cpo.csv");
        try (var in = getClass().getResourceAsStream("/reference/codepoint_open_2014_tendring_300.csv")) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        try (AtlasProject project = TendringFixture.build(dir.resolve("t.atlas"))) {
            ReferenceData.Result r = project.reference().importPostcodes(csv, Progress.NONE);
            assertEquals(300, r.stored());
            assertTrue(r.problems().isEmpty(), r.problems().toString());
            assertTrue(r.summary().startsWith("Imported 300 of 300 rows"), r.summary());
        }
    }

    @Test
    void listsWhereToDownloadEachKind() {
        for (ReferenceData.Kind kind : ReferenceData.Kind.values()) {
            assertTrue(ReferenceData.downloads().stream().anyMatch(d -> d.kind() == kind), kind.name());
        }
    }
}
