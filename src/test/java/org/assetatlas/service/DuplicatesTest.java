package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.assetatlas.analysis.DuplicateCases;
import org.assetatlas.model.Framework;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service finds in a project the pairs of the shared case table that the rule calls duplicates, and no others. */
public class DuplicatesTest {

    @TempDir
    Path dir;

    /** A project holding both records of every case, in the table's order. */
    public static Path projectOfTheCases(Path file) {
        try (AtlasProject p = AtlasProject.create(file, "Duplicates", Framework.liveWell())) {
            for (DuplicateCases.Case c : DuplicateCases.all()) {
                p.assets().save(c.a());
                p.assets().save(c.b());
            }
        }
        return file;
    }

    /** What the table expects: "uid uid reason-start" for every duplicate case. */
    public static List<String> expected() {
        return DuplicateCases.all().stream().filter(DuplicateCases.Case::duplicate)
                .map(c -> c.a().uid() + " " + c.b().uid() + " " + c.reason()).toList();
    }

    @Test
    void findsTheDuplicatesOfTheCaseTableWithTheirReasons() {
        Path file = projectOfTheCases(dir.resolve("cases.atlas"));
        try (AtlasProject p = AtlasProject.open(file)) {
            List<Duplicates.Candidate> found = p.duplicates().find(Progress.NONE);
            List<String> expected = expected();
            assertEquals(expected.size(), found.size(), found.toString());
            for (int i = 0; i < expected.size(); i++) {
                Duplicates.Candidate c = found.get(i);
                String[] e = expected.get(i).split(" ", 3);
                assertEquals(e[0] + " " + e[1], c.first().uid() + " " + c.second().uid());
                assertTrue(c.reason().startsWith(e[2]), c.reason());
            }
            assertEquals(6 * 2 + 2, p.assets().count(), "finding changes nothing");
        }
    }
}
