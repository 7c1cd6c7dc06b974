package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asset export for sharing: individuals left out unless the user opts in, and what is said about it. */
class AssetExportTest {

    @TempDir
    Path dir;
    private AtlasProject project;

    private static Asset person(String name, String contact) {
        return Asset.builder().name(name).kind(AssetKind.INDIVIDUAL).category(AbcdCategory.INDIVIDUALS)
                .domains(List.of("Age Well")).address("2 Quay Street").postcode("CO1 1AA")
                .location(new GeoPoint(51.89, 0.90)).phone("01632 960" + contact).email(contact + "@example.org")
                .website("https://example.org/" + contact).build();
    }

    @BeforeEach
    void create() {
        project = AtlasProject.create(dir.resolve("p.atlas"), "Sharing", Framework.liveWell());
        project.assets().save(Asset.builder().name("Village Hall").kind(AssetKind.VENUE).domains(List.of("Be Well"))
                .phone("01632 960101").build());
        project.assets().save(person("Pat", "201"));
        project.assets().save(person("Ola", "202"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void planningSaysWhatWouldBeWrittenAndWritesNothing() throws Exception {
        assertEquals(new AssetExport(1, 0, 2), project.transfer().planExport(Individuals.LEAVE_OUT));
        assertEquals(new AssetExport(3, 2, 0), project.transfer().planExport(Individuals.INCLUDE));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".csv")));
        }
    }

    @Test
    void exportsForSharingUnlessTheUserOptsIn() throws Exception {
        Path out = dir.resolve("out.csv");
        assertEquals(new AssetExport(1, 0, 2), project.transfer().exportCsv(out, Individuals.LEAVE_OUT, Progress.NONE));
        assertFalse(Files.readString(out).contains("Pat"));
        assertEquals(new AssetExport(3, 2, 0), project.transfer().exportCsv(out, Individuals.INCLUDE, Progress.NONE));
        assertTrue(Files.readString(out).contains("201@example.org"));
    }

    @Test
    void importingAnExportForSharingBackLeavesTheIndividualsAsTheyWere() throws Exception {
        List<Asset> before = project.assets().find(AssetQuery.all());
        Path out = dir.resolve("out.csv");
        project.transfer().exportCsv(out, Individuals.LEAVE_OUT, Progress.NONE);
        ImportReport r = project.transfer().importCsv(out, Progress.NONE);
        assertEquals(1, r.updated());
        List<Asset> after = project.assets().find(AssetQuery.all());
        assertEquals(before.size(), after.size());
        for (Asset a : before) {
            Asset b = project.assets().byUid(a.uid()).orElseThrow();
            assertTrue(a.sameContent(b), () -> a + " vs " + b);
        }
    }

    @Test
    void saysHowManyWereLeftOutOrIncludedInPlainWords() {
        assertEquals("", new AssetExport(5, 0, 0).leftOutNote());
        assertEquals("", new AssetExport(5, 0, 0).includedWarning());
        assertEquals("1 individual left out to protect their personal details", new AssetExport(5, 0, 1).leftOutNote());
        assertEquals("12 individuals left out to protect their personal details",
                new AssetExport(5, 0, 12).leftOutNote());
        assertEquals("This export includes the contact details of 12 individuals. Only share it with people allowed "
                + "to see them.", new AssetExport(17, 12, 0).includedWarning());
        assertEquals("This export includes the contact details of 1 individual. Only share it with people allowed "
                + "to see them.", new AssetExport(6, 1, 0).includedWarning());
    }
}
