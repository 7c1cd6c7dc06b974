package org.assetatlas.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.service.AreaSetup;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's view model sets up Tendring from its boundary files and lookup, without any UI. */
class NewProjectWizardModelTest {

    static final Path WARDS = Path.of("src/test/resources/boundaries/tendring_wards2013_bng.shp");
    static final Path LSOAS = Path.of("src/test/resources/tendring/tendring_lsoa2011_bgc.geojson");
    static final Path LOOKUP = Path.of("src/test/resources/tendring/neighbourhoods.csv");

    @TempDir
    Path dir;

    @Test
    void projectStepNeedsNameFileAndCustomDomains() {
        NewProjectWizardModel m = new NewProjectWizardModel();
        assertFalse(m.projectStepValid().get());
        m.nameProperty().set("Tendring Community Partnership");
        m.fileProperty().set(dir.resolve("tendring.atlas"));
        assertTrue(m.projectStepValid().get());
        m.frameworkProperty().set(NewProjectWizardModel.FrameworkChoice.CUSTOM);
        assertFalse(m.projectStepValid().get(), "a custom list needs at least one domain");
        m.customDomainsProperty().set("Healthy lives\n\n  Strong communities \n");
        assertTrue(m.projectStepValid().get());
        assertEquals(List.of("Healthy lives", "Strong communities"), m.domainNames());
        m.frameworkProperty().set(NewProjectWizardModel.FrameworkChoice.SOUTHEND_2050);
        assertEquals(List.of("Pride and Joy", "Safe and Well", "Active and Involved", "Opportunity and Prosperity",
                "Connected and Smart"), m.domainNames());
    }

    @Test
    void setsUpTendringFromWardsLsoasAndLookup() throws Exception {
        NewProjectWizardModel m = new NewProjectWizardModel();
        m.nameProperty().set("Tendring");
        m.fileProperty().set(dir.resolve("tendring.atlas"));
        m.frameworkProperty().set(NewProjectWizardModel.FrameworkChoice.SOUTHEND_2050);
        AtlasProject p = m.createProject();
        assertTrue(Files.isRegularFile(dir.resolve("tendring.atlas")));

        AreaSetup.BoundaryFilePreview wards = m.loadPreview(WARDS);
        assertEquals("ESRI Shapefile", wards.format());
        assertEquals(AreaLevel.WARD, m.levelProperty().get(), "suggested from the code field");
        assertTrue(m.boundaryReady().get());
        AreaSetup.BoundaryImport w = m.importBoundaries(Progress.NONE);
        m.imported(w);
        assertEquals(35, w.added());
        assertTrue(NewProjectWizardModel.describe(w).contains("35 ward areas imported"),
                NewProjectWizardModel.describe(w));
        assertNull(m.previewProperty().get(), "ready for the next file");

        m.loadPreview(LSOAS);
        assertEquals(AreaLevel.LSOA, m.levelProperty().get());
        m.epsgProperty().set("EPSG:4326");
        m.imported(m.importBoundaries(Progress.NONE));
        assertEquals(89, p.areas(AreaLevel.LSOA).size());

        assertEquals(35, m.groupableAreas().size(), "wards are grouped when there are wards");
        assertEquals(3, m.loadLookup(LOOKUP));
        AreaSetup.Grouping g = m.applyGroups(Progress.NONE);
        assertEquals(35, g.members());
        assertEquals(Set.of("Clacton", "Frinton, Walton and the west", "Harwich and Manningtree"),
                p.areas(AreaLevel.NEIGHBOURHOOD).stream().map(Area::name).collect(Collectors.toSet()));
        assertTrue(p.areas(AreaLevel.WARD).stream().allMatch(a -> a.parentCode() != null));
        org.assetatlas.geo.AreaTree tree = p.areaTree();
        long lsoasWithParents = tree.areas(AreaLevel.LSOA).stream()
                .filter(a -> tree.parent(a.code()).map(x -> x.level() == AreaLevel.WARD).orElse(false)).count();
        assertTrue(lsoasWithParents >= 85, lsoasWithParents + " LSOAs with parents");

        // reference data of each kind through the project's one import path, with its source recorded
        ReferenceDataViewModel reference = m.reference();
        reference.imported(reference.importFile(ReferenceSource.Kind.POSTCODES,
                Path.of("src/test/resources/tendring/tendring_postcodes_codepoint_open_2014.csv"), Progress.NONE));
        reference.imported(reference.importFile(ReferenceSource.Kind.DEPRIVATION,
                Path.of("data/reference/iod2019_file1_imd_colchester_tendring.csv"), Progress.NONE));
        reference.imported(reference.importFile(ReferenceSource.Kind.POPULATION,
                Path.of("data/reference/iod2019_file6_population_mid2015_colchester_tendring.csv"), Progress.NONE));
        assertEquals(List.of("OS Code-Point Open", "English Indices of Deprivation 2019"), reference.sources().stream()
                .limit(2).map(ReferenceSource::title).toList());
        assertEquals(3, reference.sources().size());
        assertTrue(p.statistics().imdDecile().isPresent());
        assertTrue(p.areas(AreaLevel.NEIGHBOURHOOD).stream().allMatch(a -> a.population() != null));

        List<String> summary = m.summary();
        assertTrue(summary.stream().anyMatch(s -> s.startsWith("Imported 89 of 194 rows of English Indices of"
                + " Deprivation 2019")), summary.toString());
        assertTrue(summary.contains("35 Ward areas"), summary.toString());
        assertTrue(summary.contains("89 LSOA areas"), summary.toString());
        assertTrue(summary.contains("3 Neighbourhood areas"), summary.toString());
        assertTrue(summary.stream().anyMatch(s -> s.startsWith("Domains: Pride and Joy")), summary.toString());
        m.close();
    }

    @Test
    void eachKindSaysWhereToDownloadItAndItsLicence() {
        for (ReferenceSource.Kind kind : ReferenceSource.Kind.values()) {
            List<org.assetatlas.service.ReferenceData.Download> d = ReferenceDataViewModel.downloads(kind);
            assertFalse(d.isEmpty(), kind.name());
            assertTrue(d.stream().allMatch(x -> x.where().startsWith("https://") && x.licence().contains("Open"
                    + " Government Licence")), d.toString());
            assertFalse(ReferenceDataViewModel.purpose(kind).isBlank());
        }
    }

    @Test
    void badEpsgAndUnreadableFilesAreExplained() throws Exception {
        NewProjectWizardModel m = new NewProjectWizardModel();
        m.epsgProperty().set("british grid");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::epsgCode);
        assertTrue(e.getMessage().contains("27700"));
        Path junk = Files.writeString(dir.resolve("junk.geojson"), "not json");
        assertThrows(Exception.class, () -> m.loadPreview(junk));
        assertNull(m.previewProperty().get());
    }
}
