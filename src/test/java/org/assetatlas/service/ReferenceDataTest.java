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
    void codePointOpenWithAndWithoutHeaderGiveTheSameCentroids() throws Exception {
        Path with = dir.resolve("with.csv");
        try (var in = getClass().getResourceAsStream("/reference/codepoint_open_2014_tendring_300.csv")) {
            Files.copy(in, with, StandardCopyOption.REPLACE_EXISTING);
        }
        java.util.List<String> lines = Files.readAllLines(with);
        Path without = dir.resolve("without.csv");
        Files.write(without, lines.subList(1, lines.size()));
        var a = new org.assetatlas.io.PostcodeCsvReader().read(with, Progress.NONE).centroids();
        var b = new org.assetatlas.io.PostcodeCsvReader().read(without, Progress.NONE).centroids();
        // The headerless file has only grid references, so its centroids are converted from eastings and northings
        // and agree with the published latitude and longitude to within about a metre.
        assertEquals(300, b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).postcode(), b.get(i).postcode());
            assertEquals(a.get(i).location().lat(), b.get(i).location().lat(), 2e-5, a.get(i).postcode());
            assertEquals(a.get(i).location().lon(), b.get(i).location().lon(), 2e-5, a.get(i).postcode());
        }
    }

    @Test
    void listsWhereToDownloadEachKind() {
        for (ReferenceData.Kind kind : ReferenceData.Kind.values()) {
            assertTrue(ReferenceData.downloads().stream().anyMatch(d -> d.kind() == kind), kind.name());
        }
    }
}
