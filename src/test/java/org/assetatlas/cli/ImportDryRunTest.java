package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.assetatlas.service.AtlasProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --dry-run}: what an import would do, from the same path as the import, with nothing changed. */
class ImportDryRunTest {

    @TempDir
    Path dir;

    @Test
    void saysWhatWouldHappenAndChangesNothing() throws Exception {
        Path project = dir.resolve("p.atlas");
        assertEquals(0, CliRun.of("new", project.toString(), "--name", "Tendring").code());
        Path csv = dir.resolve("partners.csv");
        try (InputStream in = ImportDryRunTest.class.getResourceAsStream("/messy/tendring-partners-messy.csv")) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(csv, Files.readString(csv) + ",group,associations,Age Well,,,,,,51.9,,,,,\n");

        CliRun dry = CliRun.of("import", project.toString(), csv.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        List<String> lines = dry.lines();
        assertEquals("Dry run, nothing changed: would import 5 (5 new, 0 updating assets with the same id), reject 1.",
                lines.get(lines.size() - 1));
        assertTrue(dry.out().contains("line 7: Latitude 51.9 is given without a longitude; Name is required"), dry.out());
        assertTrue(dry.out().contains("5 assets were kept with something to check"), dry.out());
        try (AtlasProject p = AtlasProject.open(project)) {
            assertEquals(0, p.assets().count());
            assertTrue(p.history().recent(5).isEmpty(), "nothing recorded");
        }
        assertFalse(Files.exists(dir.resolve("partners.rejects.csv")), "no rejects file from a dry run");

        // the real import does what the dry run said
        CliRun real = CliRun.of("import", project.toString(), csv.toString());
        assertEquals("imported 5, rejected 1", real.lines().get(real.lines().size() - 1));
        String uid;
        try (AtlasProject p = AtlasProject.open(project)) {
            uid = p.assets().find(org.assetatlas.model.AssetQuery.all().withText("Jaywick")).get(0).uid();
        }
        Path update = dir.resolve("update.csv");
        Files.writeString(update, "id,name\n" + uid + ",Jaywick Men's Shed\nnew-1,Brightlingsea Lunch Club\n");
        CliRun again = CliRun.of("import", project.toString(), update.toString(), "--dry-run");
        assertTrue(again.out().contains("would import 2 (1 new, 1 updating assets with the same id), reject 0."),
                again.out());
        try (AtlasProject p = AtlasProject.open(project)) {
            assertEquals(5, p.assets().count());
            assertEquals("Jaywick Men's Shed (illustrative)", p.assets().byUid(uid).orElseThrow().name());
        }
    }
}
