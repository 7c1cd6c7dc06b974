package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.Duplicates;
import org.assetatlas.service.DuplicatesTest;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dedupe}: the pairs the service finds in the shared case table, one a line with the reason. */
class DedupeCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheSamePairsAsTheServiceWithTheirReasons() {
        Path file = DuplicatesTest.projectOfTheCases(dir.resolve("cases.atlas"));
        List<Duplicates.Candidate> inApp;
        try (AtlasProject p = AtlasProject.open(file)) {
            inApp = p.duplicates().find(Progress.NONE);
        }
        CliRun run = CliRun.of("dedupe", file.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        List<String> expected = DuplicatesTest.expected();
        assertEquals(expected.size() + 1, lines.size(), run.out());
        for (int i = 0; i < expected.size(); i++) {
            Duplicates.Candidate c = inApp.get(i);
            assertEquals(c.first().id() + "\t" + c.first().name() + "\t" + c.second().id() + "\t" + c.second().name()
                    + "\t" + c.reason(), lines.get(i));
            assertTrue(lines.get(i).endsWith(c.reason()) && c.reason().startsWith(expected.get(i).split(" ", 3)[2]),
                    lines.get(i));
        }
        assertEquals(expected.size() + " possible duplicate pairs in 14 assets", lines.get(expected.size()));
        assertTrue(lines.get(0).contains("St Anne's Community Centre\t") && lines.get(0).contains("St. Annes Comm. Centre"),
                run.out());
    }

    @Test
    void limitListsTheFirstPairsAndSaysHowManyThereAre() {
        Path file = DuplicatesTest.projectOfTheCases(dir.resolve("cases.atlas"));
        CliRun run = CliRun.of("dedupe", file.toString(), "--limit", "1");
        assertEquals("3 possible duplicate pairs in 14 assets (1 listed)", run.lines().get(1), run.out());
        assertEquals(2, run.lines().size(), run.out());
    }
}
