package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.Asset;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReviewQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review}: the same queue and the same one-step checks as the app, from a project set up from scratch. */
class ReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheQueueTheServiceListsAndChecksInOneStep() throws Exception {
        Path project = dir.resolve("p.atlas");
        assertEquals(0, CliRun.of("new", project.toString(), "--name", "Tendring").code());
        Path csv = dir.resolve("partners.csv");
        try (InputStream in = ReviewCommandTest.class.getResourceAsStream("/messy/tendring-partners-messy.csv")) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        CliRun imported = CliRun.of("import", project.toString(), csv.toString());
        assertEquals("imported 5, rejected 0", imported.lines().get(imported.lines().size() - 1), imported.out());
        assertTrue(imported.out().contains("5 assets were kept with something to check"), imported.out());

        List<String> expected = new ArrayList<>();
        try (AtlasProject p = AtlasProject.open(project)) {
            for (ReviewQueue.Item item : p.review().due()) {
                expected.add(item.asset().uid() + "  " + item.asset().name() + " \u2014 "
                        + String.join("; ", item.reasons()));
            }
        }
        CliRun listed = CliRun.of("review", project.toString());
        assertEquals(0, listed.code(), listed.err());
        List<String> lines = listed.lines();
        assertEquals(expected, lines.subList(0, lines.size() - 1));
        assertEquals("5 assets are due to be checked (review period 12 months).", lines.get(lines.size() - 1));

        String shed;
        try (AtlasProject p = AtlasProject.open(project)) {
            shed = p.assets().find(org.assetatlas.model.AssetQuery.all().withText("Jaywick")).get(0).uid();
        }
        CliRun refused = CliRun.of("review", project.toString(), "--verify", shed);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("\"shed@example\" is not an e-mail address"), refused.err());
        CliRun closed = CliRun.of("review", project.toString(), "--close", shed);
        assertEquals(0, closed.code(), closed.err());
        assertTrue(closed.out().startsWith("Marked \u201cJaywick Men's Shed (illustrative)\u201d closed on "),
                closed.out());
        try (AtlasProject p = AtlasProject.open(project)) {
            Asset a = p.assets().byUid(shed).orElseThrow();
            assertEquals(org.assetatlas.model.AssetStatus.CLOSED, a.status());
        }
        assertTrue(CliRun.of("review", project.toString()).out().contains("4 assets are due"));

        Path list = dir.resolve("check.csv");
        CliRun written = CliRun.of("review", project.toString(), "--check-list", list.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().startsWith("Wrote 4 entries to check to "), written.out());
        assertTrue(Files.readString(list).contains("harwich.carers@example.org"));
        assertEquals(1, CliRun.of("review", project.toString(), "--older-than", "soon").code());
    }
}
