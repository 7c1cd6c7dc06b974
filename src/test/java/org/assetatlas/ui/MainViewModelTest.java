package org.assetatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.GisExport;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.assets.AssetEditorViewModel;
import org.assetatlas.ui.common.RecordingDialogs;

class MainViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel vm;
    private Path file;
    private Asset hall;
    private Asset library;
    private Asset shed;

    /**
     * A project with one neighbourhood split into a west and an east ward, and three assets: a hall and a library
     * in the west, a (paused) shed in the east.
     */
    @BeforeEach
    void createProject() throws Exception {
        file = dir.resolve("test.atlas");
        try (AtlasProject p = AtlasProject.create(file, "Test borough", Framework.liveWell())) {
            WKTReader wkt = new WKTReader();
            p.saveAreas(List.of(
                    new Area("N1", "Riverside", AreaLevel.NEIGHBOURHOOD, null, null,
                            wkt.read("POLYGON((0.80 51.80, 1.00 51.80, 1.00 51.95, 0.80 51.95, 0.80 51.80))"), ""),
                    new Area("W1", "West Ward", AreaLevel.WARD, "N1", null,
                            wkt.read("POLYGON((0.80 51.80, 0.90 51.80, 0.90 51.95, 0.80 51.95, 0.80 51.80))"), ""),
                    new Area("W2", "East Ward", AreaLevel.WARD, "N1", null,
                            wkt.read("POLYGON((0.90 51.80, 1.00 51.80, 1.00 51.95, 0.90 51.95, 0.90 51.80))"), "")),
                    Progress.NONE);
            hall = p.assets().save(Asset.builder().name("Village Hall").kind(org.assetatlas.model.AssetKind.VENUE)
                    .category(AbcdCategory.PHYSICAL).domains(List.of("Be Well")).illustrative(true)
                    .location(new GeoPoint(51.85, 0.85)).build());
            library = p.assets().save(Asset.builder().name("Town Library").category(AbcdCategory.INSTITUTIONS)
                    .domains(List.of("Start Well", "Age Well")).location(new GeoPoint(51.86, 0.86)).build());
            shed = p.assets().save(Asset.builder().name("Men's Shed").category(AbcdCategory.ASSOCIATIONS)
                    .status(AssetStatus.PAUSED).domains(List.of("Feel Well")).illustrative(true)
                    .location(new GeoPoint(51.87, 0.95)).build());
        }
        vm = new MainViewModel(new AppPreferences(dir.resolve("home")), dialogs, UiTasks.direct());
        assertTrue(vm.open(file));
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private List<String> shownNames() {
        return vm.shownAssets().stream().map(Asset::name).toList();
    }

    @Test
    void opensTheProjectAndCountsItsAssets() {
        assertEquals("Community Asset Atlas \u2014 Test borough", vm.titleProperty().get());
        assertEquals(List.of("Men's Shed", "Town Library", "Village Hall"), shownNames());
        assertEquals("3 assets \u00b7 3 shown \u00b7 1 real, 2 illustrative", vm.countsTextProperty().get());
        assertEquals(3, vm.areasProperty().get().size());
    }

    @Test
    void remembersTheProjectAsRecent() {
        assertEquals(List.of(file.toAbsolutePath().normalize()), vm.recentProjects());
    }

    @Test
    void searchesByText() {
        vm.searchTextProperty().set("library");
        assertEquals(List.of("Town Library"), shownNames());
        assertTrue(vm.filteredProperty().get());
        assertTrue(vm.countsTextProperty().get().contains("1 shown"), vm.countsTextProperty().get());
    }

    @Test
    void acceptsSearchTextThatLooksLikeQuerySyntax() {
        vm.searchTextProperty().set("\"shed AND (NOT* -:^");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void filtersByDomainCategoryAndStatus() {
        vm.domainFilterProperty().set(vm.domainChoices().stream().filter(c -> "Age Well".equals(c.value()))
                .findFirst().orElseThrow());
        assertEquals(List.of("Town Library"), shownNames());
        vm.clearFilters();
        vm.categoryFilterProperty().set(Choice.of(AbcdCategory.PHYSICAL, "Physical"));
        assertEquals(List.of("Village Hall"), shownNames());
        vm.clearFilters();
        vm.statusFilterProperty().set(Choice.of(AssetStatus.PAUSED, "Paused"));
        assertEquals(List.of("Men's Shed"), shownNames());
        vm.clearFilters();
        assertEquals(3, shownNames().size());
        assertFalse(vm.filteredProperty().get());
    }

    @Test
    void filtersByNeighbourhood() {
        vm.areaFilterProperty().set(choice("Riverside"));
        assertEquals(3, shownNames().size());
    }

    @Test
    void filtersByAWardInsideANeighbourhood() {
        vm.areaFilterProperty().set(choice("West Ward (ward)"));
        assertEquals(List.of("Town Library", "Village Hall"), shownNames());
        vm.areaFilterProperty().set(choice("East Ward (ward)"));
        assertEquals(List.of("Men's Shed"), shownNames());
    }

    private Choice<Area> choice(String label) {
        return vm.areaChoices().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void showsAreaNamesRatherThanCodes() {
        assertEquals("N1", vm.getProject().assets().get(library.id()).orElseThrow().areaCode());
        assertEquals("Riverside", vm.areaName("N1"));
        assertEquals("", vm.areaName(null));
    }

    @Test
    void selectingAnAssetShowsItInTheEditor() {
        assertTrue(vm.select(library.id()));
        assertEquals(library.id(), vm.selectedIdProperty().get());
        assertEquals("Town Library", vm.editor().nameProperty().get());
        assertEquals("Town Library \u00b7 Riverside", vm.selectionTextProperty().get());
    }

    @Test
    void asksBeforeLeavingUnsavedChanges() {
        vm.select(library.id());
        vm.editor().nameProperty().set("Town Library (edited)");
        dialogs.confirmAnswers.push(false);
        assertFalse(vm.select(hall.id()));
        assertEquals(library.id(), vm.selectedIdProperty().get());
        assertEquals("Town Library (edited)", vm.editor().nameProperty().get());
        assertEquals(1, dialogs.confirmations.size());

        dialogs.confirmAnswers.push(true);
        assertTrue(vm.select(hall.id()));
        assertEquals("Village Hall", vm.editor().nameProperty().get());
    }

    @Test
    void aNewAssetIsSavedAndSelected() {
        vm.newAsset();
        assertEquals(AssetEditorViewModel.Mode.NEW, vm.editor().getMode());
        vm.editor().nameProperty().set("Riverside Walking Group");
        vm.editor().latitudeProperty().set("51.9");
        vm.editor().longitudeProperty().set("0.97");
        Asset saved = vm.editor().save().orElseThrow();
        assertEquals(saved.id(), vm.selectedIdProperty().get());
        assertTrue(shownNames().contains("Riverside Walking Group"));
        assertEquals("Riverside", vm.areaName(vm.selectedProperty().get().areaCode()));
        assertEquals("Undo add \u201cRiverside Walking Group\u201d", vm.undoTextProperty().get());
        assertTrue(vm.countsTextProperty().get().startsWith("4 assets"), vm.countsTextProperty().get());
    }

    @Test
    void tellsTheUserWhenTheFiltersHideWhatTheySaved() {
        vm.searchTextProperty().set("library");
        vm.newAsset();
        vm.editor().nameProperty().set("Allotment Society");
        vm.editor().save().orElseThrow();
        assertEquals(1, dialogs.notifications.size());
        assertTrue(dialogs.notifications.get(0).message().contains("filters hide it"));
        dialogs.notifications.get(0).action().run();
        assertTrue(shownNames().contains("Allotment Society"));
    }

    @Test
    void deletesAfterAskingAndOffersUndo() {
        vm.select(shed.id());
        dialogs.confirmAnswers.push(true);
        vm.deleteSelected();
        assertFalse(shownNames().contains("Men's Shed"));
        assertEquals(0, vm.selectedIdProperty().get());
        assertNull(vm.selectedProperty().get());
        assertEquals(AssetEditorViewModel.Mode.NONE, vm.editor().getMode());
        RecordingDialogs.Notification n = dialogs.notifications.get(dialogs.notifications.size() - 1);
        assertEquals("Deleted \u201cMen's Shed\u201d", n.message());
        assertEquals("Undo", n.actionLabel());
        n.action().run();
        assertTrue(shownNames().contains("Men's Shed"));
        assertTrue(vm.canRedoProperty().get());
    }

    @Test
    void bringsBackADeletedAssetChosenFromTheListAndSelectsIt() {
        vm.select(shed.id());
        dialogs.confirmAnswers.push(true);
        vm.deleteSelected();
        dialogs.rows.push(0);
        vm.chooseAndRestoreDeleted();
        List<String> row = dialogs.rowTables.get(0).get(0);
        assertEquals("delete \u201cMen's Shed\u201d", row.get(2));
        assertTrue(shownNames().contains("Men's Shed"));
        assertEquals(shed.id(), vm.selectedIdProperty().get());
        assertEquals("Brought back \u201cMen's Shed\u201d.", vm.statusMessageProperty().get());
        dialogs.rows.push(0);
        vm.chooseAndRestoreDeleted();
        assertEquals(1, dialogs.rowTables.size(), "nothing left to bring back: no list shown");
        assertTrue(dialogs.information.get(0).contains("No assets have been deleted"), dialogs.information.toString());
    }

    @Test
    void undoReachesBackToEditsMadeBeforeTheProjectWasOpened() {
        assertEquals("Undo add \u201cMen's Shed\u201d", vm.undoTextProperty().get());
        vm.undo();
        assertFalse(shownNames().contains("Men's Shed"));
    }

    @Test
    void keepsTheAssetWhenDeletionIsNotConfirmed() {
        vm.select(shed.id());
        dialogs.confirmAnswers.push(false);
        vm.deleteSelected();
        assertTrue(shownNames().contains("Men's Shed"));
        assertEquals(shed.id(), vm.selectedIdProperty().get());
    }

    @Test
    void undoAndRedoAnEdit() {
        vm.select(hall.id());
        vm.editor().nameProperty().set("Village Hall and Garden");
        vm.editor().save().orElseThrow();
        assertEquals("Undo edit \u201cVillage Hall and Garden\u201d", vm.undoTextProperty().get());
        vm.undo();
        assertEquals("Village Hall", vm.editor().nameProperty().get());
        assertTrue(shownNames().contains("Village Hall"));
        vm.redo();
        assertEquals("Village Hall and Garden", vm.editor().nameProperty().get());
    }

    @Test
    void importsACsvAndReportsRejectedRows() throws Exception {
        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "name,postcode,latitude,longitude\n"
                + "Riverside Choir,CO1 1JB,51.88,0.90\n"
                + "Bad Postcode Club,NOT A POSTCODE,51.88,0.90\n"
                + ",CO1 1JB,51.88,0.90\n", StandardCharsets.UTF_8);
        vm.importCsv(csv);
        assertEquals(1, dialogs.importReports.size());
        assertEquals(2, dialogs.importReports.get(0).imported(), "a malformed postcode does not lose the row");
        assertEquals(1, dialogs.importReports.get(0).toCheck());
        assertEquals(1, dialogs.importReports.get(0).rejected(), "a row without a name is not an asset");
        assertTrue(shownNames().contains("Riverside Choir"));
        assertTrue(shownNames().contains("Bad Postcode Club"));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void explainsAnImportThatCannotBeRead() throws Exception {
        Path csv = dir.resolve("nonsense.csv");
        Files.writeString(csv, "colour,size\nred,large\n", StandardCharsets.UTF_8);
        vm.importCsv(csv);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Import failed: Could not import nonsense.csv."),
                dialogs.errors.get(0));
        assertFalse(dialogs.errors.get(0).contains("Exception"), dialogs.errors.get(0));
    }

    @Test
    void exportsEveryAsset() throws Exception {
        Path out = dir.resolve("out.csv");
        vm.searchTextProperty().set("library");
        vm.exportCsv(out);
        assertEquals(4, Files.readAllLines(out, StandardCharsets.UTF_8).size());
    }

    private void addTwoIndividuals() {
        for (String[] who : new String[][] {{"Pat \u2013 befriender", "201"}, {"Ola \u2013 death caf\u00e9 host", "202"}}) {
            vm.getProject().assets().save(Asset.builder().name(who[0]).kind(AssetKind.INDIVIDUAL)
                    .category(AbcdCategory.INDIVIDUALS).domains(List.of("Age Well")).address("2 Quay Street")
                    .postcode("CO1 1AA").location(new GeoPoint(51.86, 0.86)).phone("01632 960" + who[1])
                    .email(who[1] + "@example.org").build());
        }
        vm.reload();
    }

    @Test
    void exportAsksWhetherToIncludeIndividualsAndLeavesThemOutByDefault() throws Exception {
        addTwoIndividuals();
        Path out = dir.resolve("out.csv");
        dialogs.optionAnswers.add(Optional.of(false));
        dialogs.files.add(out);
        vm.chooseAndExport();
        assertEquals(1, dialogs.optionQuestions.size());
        RecordingDialogs.OptionQuestion asked = dialogs.optionQuestions.get(0);
        assertEquals(MainViewModel.INCLUDE_PERSONAL_OPTION, asked.optionLabel());
        assertFalse(asked.ticked(), "off by default");
        assertTrue(asked.message().startsWith("This project has 2 individuals."), asked.message());
        assertTrue(dialogs.confirmations.isEmpty(), "nothing personal to confirm");
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(4, written.lines().count(), written);
        assertFalse(written.contains("201@example.org"), written);
        assertEquals("Exported 3 assets to out.csv. 2 individuals left out to protect their personal details; tick "
                + "\u201cInclude individuals' personal details\u201d when exporting to include them.",
                vm.statusMessageProperty().get());
    }

    @Test
    void gisExportAsksAboutIndividualsAndLeavesThemOutOfTheGeoPackageByDefault() throws Exception {
        addTwoIndividuals();
        Path out = dir.resolve("out.gpkg");
        dialogs.optionAnswers.add(Optional.of(false));
        dialogs.files.add(out);
        vm.chooseAndExportGis(GisExport.Format.GEOPACKAGE);
        assertEquals(1, dialogs.optionQuestions.size());
        assertFalse(dialogs.optionQuestions.get(0).ticked(), "off by default");
        assertTrue(dialogs.confirmations.isEmpty(), "nothing personal to confirm");
        assertEquals("Exported assets 3, areas 3, factors 0 to out.gpkg. 2 individuals left out to protect their "
                + "personal details; tick \u201cInclude individuals' personal details\u201d when exporting to include "
                + "them.", vm.statusMessageProperty().get());
        try (GeoPackage gpkg = GeoPackageManager.open(true, out.toFile(), true)) {
            assertEquals(3, gpkg.getFeatureDao("assets").count());
            assertEquals(3, gpkg.getFeatureDao("areas").count());
        }
    }

    @Test
    void gisExportWithIndividualsIsConfirmedFirstAndCancellingWritesNothing() throws Exception {
        addTwoIndividuals();
        Path out = dir.resolve("out.geojson");
        dialogs.optionAnswers.add(Optional.of(true));
        dialogs.files.add(out);
        dialogs.confirmAnswers.add(false);
        vm.chooseAndExportGis(GisExport.Format.GEOJSON);
        assertEquals(List.of("This export includes the contact details of 2 individuals. Only share it with people "
                + "allowed to see them."), dialogs.confirmations);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".geojson")).toList());
        }

        dialogs.optionAnswers.add(Optional.of(true));
        dialogs.files.add(out);
        dialogs.confirmAnswers.add(true);
        vm.chooseAndExportGis(GisExport.Format.GEOJSON);
        assertEquals("Exported assets 5, areas 3, factors 0 to 3 GeoJSON files named after out.geojson.",
                vm.statusMessageProperty().get());
        assertTrue(Files.readString(dir.resolve("out-assets.geojson")).contains("201@example.org"));
    }

    @Test
    void includingIndividualsIsConfirmedFirstAndCancellingWritesNothing() throws Exception {
        addTwoIndividuals();
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "an earlier file\n");
        dialogs.optionAnswers.add(Optional.of(true));
        dialogs.files.add(out);
        dialogs.confirmAnswers.add(false);
        vm.chooseAndExport();
        assertEquals(List.of("This export includes the contact details of 2 individuals. Only share it with people "
                + "allowed to see them."), dialogs.confirmations);
        assertEquals("an earlier file\n", Files.readString(out), "the file is untouched");
        assertEquals("Export cancelled; the file was not written.",
                dialogs.notifications.get(dialogs.notifications.size() - 1).message());
    }

    @Test
    void includingIndividualsOnceConfirmedWritesThem() throws Exception {
        addTwoIndividuals();
        Path out = dir.resolve("out.csv");
        dialogs.optionAnswers.add(Optional.of(true));
        dialogs.files.add(out);
        dialogs.confirmAnswers.add(true);
        vm.chooseAndExport();
        assertEquals(1, dialogs.confirmations.size());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(6, written.lines().count(), written);
        assertTrue(written.contains("201@example.org") && written.contains("202@example.org"), written);
        assertEquals("Exported 5 assets (with the personal details of 2 individuals) to out.csv.",
                vm.statusMessageProperty().get());
    }

    @Test
    void cancellingTheExportQuestionAsksForNoFile() throws Exception {
        addTwoIndividuals();
        Path out = dir.resolve("out.csv");
        dialogs.optionAnswers.add(Optional.empty());
        dialogs.files.add(out);
        vm.chooseAndExport();
        assertEquals(List.of(out), List.copyOf(dialogs.files), "no file was asked for");
        assertFalse(Files.exists(out));
    }

    @Test
    void aProjectWithoutIndividualsIsNotAskedAboutThem() throws Exception {
        Path out = dir.resolve("out.csv");
        dialogs.files.add(out);
        vm.chooseAndExport();
        assertTrue(dialogs.optionQuestions.isEmpty());
        assertTrue(dialogs.confirmations.isEmpty());
        assertEquals(4, Files.readAllLines(out, StandardCharsets.UTF_8).size());
        assertEquals("Exported 3 assets to out.csv.", vm.statusMessageProperty().get());
    }

    @Test
    void explainsAFileThatIsNotAProject() throws Exception {
        Path notProject = dir.resolve("notes.atlas");
        Files.writeString(notProject, "just some text, not a database");
        assertFalse(vm.open(notProject));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot open project: "), dialogs.errors.get(0));
        assertEquals("Test borough", vm.getProject().name());
    }

    @Test
    void createsANewEmptyProject() {
        assertTrue(vm.create(dir.resolve("Fresh start.atlas")));
        assertEquals("Community Asset Atlas \u2014 Fresh start", vm.titleProperty().get());
        assertTrue(vm.shownAssets().isEmpty());
        assertEquals("0 assets \u00b7 0 shown \u00b7 0 real, 0 illustrative", vm.countsTextProperty().get());
    }

    @Test
    void shortensTheAttributionForTheMap() {
        String full = "Contains public sector information licensed under the Open Government Licence v3.0.\n"
                + "Source: Office for National Statistics. Contains OS data \u00a9 Crown copyright and database "
                + "right 2016.\nWards: Contains OS data \u00a9 Crown copyright and database right 2021.";
        assertEquals("Contains OS data \u00a9 Crown copyright and database right 2021"
                        + " \u00b7 Source: ONS \u00b7 OGL v3.0",
                MainViewModel.shortAttribution(full));
        assertEquals("Our own survey", MainViewModel.shortAttribution("\nOur own survey\nSecond line"));
        assertEquals("", MainViewModel.shortAttribution(""));
    }

    @Test
    void theAboutTextCarriesTheAttributionAndTheIllustrativeNote() {
        vm.getProject().setAttribution("Data: our own survey (CC BY 4.0)");
        String about = vm.aboutText();
        assertTrue(about.contains("Data: our own survey (CC BY 4.0)"));
        assertTrue(about.contains("illustrative"));
    }

    @Test
    void buildsAndOpensTheDemoOnFirstStart() throws Exception {
        Path home = dir.resolve("first-run");
        AppPreferences prefs = new AppPreferences(home);
        try (MainViewModel first = new MainViewModel(prefs, dialogs, UiTasks.direct())) {
            first.startUp(null);
            assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
            assertEquals("Community Asset Atlas \u2014 Colchester demo", first.titleProperty().get());
            assertEquals("Neighbourhoods: demo grouping of wards", first.mapNoteProperty().get());
            assertTrue(first.shownAssets().size() > 0);
            assertTrue(first.attributionProperty().get().contains("OGL"), first.attributionProperty().get());
        }
        assertTrue(Files.isRegularFile(prefs.demoProjectFile()));
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
        try (MainViewModel again = new MainViewModel(new AppPreferences(home), dialogs, UiTasks.direct())) {
            again.startUp(null);
            assertEquals(prefs.demoProjectFile().toAbsolutePath().normalize(),
                    again.getProject().file().toAbsolutePath().normalize());
        }
    }

    @Test
    void theDomainFilterAndTheEditorFollowARenameAndARetirement() {
        vm.domainFilterProperty().set(vm.domainChoices().stream()
                .filter(c -> "Age Well".equals(c.value())).findFirst().orElseThrow());
        assertEquals(List.of("Town Library"), shownNames());

        vm.getProject().domains().rename("Start Well", "Best Start");
        assertTrue(vm.domainChoices().stream().anyMatch(c -> "Best Start".equals(c.value())),
                "the filter offers the new name");
        assertTrue(vm.domainChoices().stream().noneMatch(c -> "Start Well".equals(c.value())));
        assertEquals("Age Well", vm.domainFilterProperty().get().value(), "the chosen domain is kept");
        assertEquals(List.of("Town Library"), shownNames());
        assertTrue(vm.editor().domainNames().contains("Best Start"), "the editor's tick boxes follow");

        vm.getProject().domains().retire("Age Well");
        assertEquals("Age Well (retired)", vm.domainChoices().stream()
                .filter(c -> "Age Well".equals(c.value())).findFirst().orElseThrow().label());
        vm.editor().startNew();
        assertTrue(!vm.editor().domainNames().contains("Age Well"), "a retired domain is not offered to new assets");
    }

    @Test
    void restoresABackupChosenFromTheListAndReopensTheProject() throws Exception {
        java.nio.file.Path csv = dir.resolve("more.csv");
        java.nio.file.Files.writeString(csv, "name,category\nBowls club,associations\nChoir,associations\n");
        vm.getProject().transfer().importCsv(csv, org.assetatlas.util.Progress.NONE);
        vm.reload();
        assertEquals(5, vm.shownAssets().size());

        dialogs.choices.add(0);
        dialogs.confirmAnswers.add(true);
        vm.chooseAndRestoreBackup();
        assertTrue(dialogs.choiceLists.get(0).get(0).contains("before import"), dialogs.choiceLists.toString());
        assertEquals(List.of("Men's Shed", "Town Library", "Village Hall"), shownNames());
        assertTrue(vm.statusMessageProperty().get().startsWith("Restored test.atlas from the backup of"),
                vm.statusMessageProperty().get());
        assertEquals("before restore", vm.getProject().backups().list().get(0).reason(),
                "the state replaced is itself a backup");
    }

    @Test
    void aProjectThatWillNotOpenIsOfferedItsLatestBackup() throws Exception {
        vm.getProject().backups().take("by hand");
        vm.close();
        java.nio.file.Files.writeString(file, "damaged beyond use");
        dialogs.confirmAnswers.add(true);
        assertTrue(vm.open(file));
        assertTrue(dialogs.confirmations.get(dialogs.confirmations.size() - 1).contains("The latest backup of test.atlas"),
                dialogs.confirmations.toString());
        assertEquals(3, vm.shownAssets().size());
    }
}
