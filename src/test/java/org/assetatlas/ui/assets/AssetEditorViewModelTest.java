package org.assetatlas.ui.assets;

import static org.assetatlas.ui.assets.AssetEditorViewModel.AGE_MAX;
import static org.assetatlas.ui.assets.AssetEditorViewModel.AGE_MIN;
import static org.assetatlas.ui.assets.AssetEditorViewModel.EMAIL;
import static org.assetatlas.ui.assets.AssetEditorViewModel.LOCATION;
import static org.assetatlas.ui.assets.AssetEditorViewModel.NAME;
import static org.assetatlas.ui.assets.AssetEditorViewModel.OPENING_HOURS;
import static org.assetatlas.ui.assets.AssetEditorViewModel.PHONE;
import static org.assetatlas.ui.assets.AssetEditorViewModel.POSTCODE;
import static org.assetatlas.ui.assets.AssetEditorViewModel.WEBSITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.service.AtlasProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.assetatlas.ui.common.RecordingDialogs;

class AssetEditorViewModelTest {

    @TempDir
    Path dir;

    private AtlasProject project;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AssetEditorViewModel vm = new AssetEditorViewModel(dialogs);

    @BeforeEach
    void openProject() {
        project = AtlasProject.create(dir.resolve("editor.atlas"), "Editor test", Framework.liveWell());
        vm.setProject(project);
        vm.startNew();
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private void fillValidForm() {
        vm.nameProperty().set("Mile End Lunch Club");
        vm.postcodeProperty().set("CO4 5HR");
        vm.latitudeProperty().set("51.9062");
        vm.longitudeProperty().set("0.9113");
        vm.domainProperty("Age Well").set(true);
    }

    @Test
    void aNewFormNeedsANameBeforeItCanBeSaved() {
        assertEquals("Name is required", vm.errorProperty(NAME).get());
        assertFalse(vm.canSaveProperty().get());
        assertEquals("New asset", vm.headingProperty().get());
    }

    @Test
    void aValidFormCanBeSaved() {
        fillValidForm();
        assertTrue(vm.validProperty().get(), vm.problemSummaryProperty().get());
        assertTrue(vm.canSaveProperty().get());
        assertEquals("", vm.problemSummaryProperty().get());
    }

    static List<Arguments> badValues() {
        return List.of(
                bad("postcode", AssetEditorViewModel::postcodeProperty, "XY1 23", POSTCODE),
                bad("e-mail", AssetEditorViewModel::emailProperty, "bob@", EMAIL),
                bad("web address", AssetEditorViewModel::websiteProperty, "not a web site", WEBSITE),
                bad("phone", AssetEditorViewModel::phoneProperty, "call the office", PHONE),
                bad("latitude text", AssetEditorViewModel::latitudeProperty, "north-ish", LOCATION),
                bad("latitude outside the UK", AssetEditorViewModel::latitudeProperty, "48.5", LOCATION),
                bad("longitude outside the UK", AssetEditorViewModel::longitudeProperty, "12.5", LOCATION),
                bad("longitude missing", AssetEditorViewModel::longitudeProperty, "", LOCATION),
                bad("opening hours", AssetEditorViewModel::openingHoursProperty, "Mondays nine till five",
                        OPENING_HOURS),
                bad("impossible time", AssetEditorViewModel::openingHoursProperty, "Mon 09:00-25:00", OPENING_HOURS),
                bad("age not a number", AssetEditorViewModel::ageMinProperty, "ten", AGE_MIN),
                bad("age too high", AssetEditorViewModel::ageMaxProperty, "150", AGE_MAX));
    }

    private static Arguments bad(String what, Function<AssetEditorViewModel, StringProperty> field, String value,
                                 String errorKey) {
        return Arguments.of(what, field, value, errorKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueShowsAMessageAndDisablesSave(String what, Function<AssetEditorViewModel, StringProperty> field,
                                               String value, String errorKey) {
        fillValidForm();
        field.apply(vm).set(value);
        assertFalse(vm.errorProperty(errorKey).get().isEmpty(), what + " should be reported");
        assertFalse(vm.canSaveProperty().get());
        assertTrue(vm.problemSummaryProperty().get().startsWith("Fix 1 problem"), vm.problemSummaryProperty().get());
        assertTrue(vm.save().isEmpty());
        assertEquals(0, project.assets().count());
    }

    @Test
    void saysWhenLatitudeAndLongitudeLookSwapped() {
        fillValidForm();
        vm.latitudeProperty().set("0.9113");
        vm.longitudeProperty().set("51.9062");
        assertTrue(vm.errorProperty(LOCATION).get().contains("swapped"), vm.errorProperty(LOCATION).get());
    }

    @Test
    void reportsAMinimumAgeAboveTheMaximum() {
        fillValidForm();
        vm.ageMinProperty().set("65");
        vm.ageMaxProperty().set("18");
        assertEquals("Maximum age is below the minimum age", vm.errorProperty(AGE_MAX).get());
    }

    @Test
    void fixingTheProblemEnablesSaveAgain() {
        fillValidForm();
        vm.emailProperty().set("hello@");
        assertFalse(vm.canSaveProperty().get());
        vm.emailProperty().set("hello@example.org");
        assertEquals("", vm.errorProperty(EMAIL).get());
        assertTrue(vm.canSaveProperty().get());
    }

    @Test
    void savingStoresTheAssetInTheProject() {
        fillValidForm();
        vm.openingHoursProperty().set("Tue 12:00-14:00");
        vm.tagsProperty().set("lunch; social, older people");
        Optional<Asset> saved = vm.save();
        assertTrue(saved.isPresent());
        List<Asset> all = project.assets().find(AssetQuery.all());
        assertEquals(1, all.size());
        Asset a = all.get(0);
        assertEquals("Mile End Lunch Club", a.name());
        assertEquals("CO4 5HR", a.postcode());
        assertEquals(new GeoPoint(51.9062, 0.9113), a.location());
        assertEquals(List.of("Age Well"), a.domains());
        assertEquals(List.of("lunch", "social", "older people"), a.tags());
        assertEquals(WeeklySchedule.parse("Tue 12:00-14:00"), a.openingHours());
        assertEquals(LocalDate.now(), a.lastVerified());
        assertEquals(AssetEditorViewModel.Mode.EXISTING, vm.getMode());
        assertFalse(vm.isDirty());
        assertFalse(vm.canSaveProperty().get());
    }

    @Test
    void tellsTheMainViewAfterSaving() {
        Asset[] heard = new Asset[1];
        vm.setOnSaved(a -> heard[0] = a);
        fillValidForm();
        Asset saved = vm.save().orElseThrow();
        assertEquals(saved, heard[0]);
    }

    @Test
    void loadingShowsTheAssetsValues() {
        Asset a = project.assets().save(Asset.builder().name("Greenstead Library").category(AbcdCategory.INSTITUTIONS)
                .postcode("CO4 3QE").location(new GeoPoint(51.891394, 0.936914))
                .domains(List.of("Start Well", "Be Well")).ageMin(5).build());
        vm.load(a);
        assertEquals("Greenstead Library", vm.nameProperty().get());
        assertEquals(AbcdCategory.INSTITUTIONS, vm.categoryProperty().get());
        assertEquals("51.891394", vm.latitudeProperty().get());
        assertEquals("0.936914", vm.longitudeProperty().get());
        assertTrue(vm.domainProperty("Start Well").get());
        assertFalse(vm.domainProperty("Age Well").get());
        assertEquals("5", vm.ageMinProperty().get());
        assertFalse(vm.isDirty());
        assertTrue(vm.recordInfoProperty().get().startsWith("Record "), vm.recordInfoProperty().get());
    }

    @Test
    void editingMarksTheFormDirtyAndRevertPutsItBack() {
        Asset a = project.assets().save(Asset.builder().name("Old name").build());
        vm.load(a);
        vm.nameProperty().set("New name");
        assertTrue(vm.isDirty());
        assertTrue(vm.canSaveProperty().get());
        vm.revert();
        assertEquals("Old name", vm.nameProperty().get());
        assertFalse(vm.isDirty());
    }

    @Test
    void savingAnEditUpdatesTheSameAsset() {
        Asset a = project.assets().save(Asset.builder().name("Old name").build());
        vm.load(a);
        vm.nameProperty().set("New name");
        Asset saved = vm.save().orElseThrow();
        assertEquals(a.id(), saved.id());
        assertEquals("New name", project.assets().get(a.id()).orElseThrow().name());
        assertEquals(1, project.assets().count());
    }

    @Test
    void anEmptyLocationIsAllowed() {
        fillValidForm();
        vm.latitudeProperty().set("");
        vm.longitudeProperty().set("");
        assertTrue(vm.canSaveProperty().get());
        assertNull(vm.save().orElseThrow().location());
    }

    @Test
    void nothingCanBeSavedWhenNoAssetIsLoaded() {
        vm.clear();
        vm.nameProperty().set("Typed into a disabled form");
        assertFalse(vm.canSaveProperty().get());
        assertTrue(vm.save().isEmpty());
    }

    private void importPostcodes() throws Exception {
        Path csv = dir.resolve("postcodes.csv");
        java.nio.file.Files.writeString(csv, "pcds,lat,long\nCO15 1SF,51.95,0.9\nCO4 3QE,51.85,0.9\n");
        project.signposting().importPostcodes(csv, org.assetatlas.util.Progress.NONE);
    }

    @Test
    void aPostcodeWithoutALocationPlacesTheAssetAndSaysSo() throws Exception {
        importPostcodes();
        vm.startNew();
        vm.nameProperty().set("Postcode club");
        vm.domainProperty("Age Well").set(true);
        vm.postcodeProperty().set("co15 1sf");
        assertEquals("Will be placed at the centre of postcode CO15 1SF when saved.",
                vm.postcodeNoteProperty().get());
        org.assetatlas.model.Asset saved = vm.save().orElseThrow();
        assertEquals(new org.assetatlas.model.GeoPoint(51.95, 0.9), saved.location());
        assertTrue(saved.locatedByPostcode());
        assertTrue(vm.postcodeNoteProperty().get().startsWith("Located by postcode CO15 1SF"),
                vm.postcodeNoteProperty().get());
        assertEquals("51.95", vm.latitudeProperty().get());

        // a changed postcode moves it
        vm.postcodeProperty().set("CO4 3QE");
        assertEquals("Will be placed at the centre of postcode CO4 3QE when saved.", vm.postcodeNoteProperty().get());
        org.assetatlas.model.Asset moved = vm.save().orElseThrow();
        assertEquals(new org.assetatlas.model.GeoPoint(51.85, 0.9), moved.location());
        assertTrue(moved.locatedByPostcode());

        // a typed location replaces it and is kept
        vm.latitudeProperty().set("51.86");
        vm.longitudeProperty().set("0.95");
        assertEquals("", vm.postcodeNoteProperty().get());
        org.assetatlas.model.Asset given = vm.save().orElseThrow();
        assertEquals(new org.assetatlas.model.GeoPoint(51.86, 0.95), given.location());
        assertFalse(given.locatedByPostcode());
    }

    @Test
    void aPostcodeTheProjectDoesNotKnowIsAPlainMessageNotAnError() throws Exception {
        importPostcodes();
        vm.startNew();
        vm.nameProperty().set("Unknown place");
        vm.domainProperty("Age Well").set(true);
        vm.postcodeProperty().set("CO99 9ZZ");
        assertTrue(vm.postcodeNoteProperty().get().startsWith("The postcode CO99 9ZZ is not in this project's"),
                vm.postcodeNoteProperty().get());
        assertEquals("", vm.errorProperty(POSTCODE).get());
        assertTrue(vm.canSaveProperty().get());
        org.assetatlas.model.Asset saved = vm.save().orElseThrow();
        assertEquals(null, saved.location());
    }

    @Test
    void aLocationPickedOnTheMapReplacesThePostcodeCentreAndIsKept() throws Exception {
        importPostcodes();
        vm.startNew();
        vm.nameProperty().set("Pinned club");
        vm.domainProperty("Age Well").set(true);
        vm.postcodeProperty().set("CO15 1SF");
        org.assetatlas.model.Asset byPostcode = vm.save().orElseThrow();
        assertTrue(byPostcode.locatedByPostcode());
        assertEquals(new GeoPoint(51.95, 0.9), vm.pinProperty().get(), "the pin shows where the asset is");

        vm.placingProperty().set(true);
        vm.placeAt(new GeoPoint(51.7891234567, 1.1561234567));
        assertFalse(vm.placingProperty().get(), "one pick, then placing stops");
        assertEquals("51.789123", vm.latitudeProperty().get(), "six decimal places, about 0.1 m");
        assertEquals("1.156123", vm.longitudeProperty().get());
        assertEquals(new GeoPoint(51.789123, 1.156123), vm.pinProperty().get());
        assertEquals("", vm.postcodeNoteProperty().get(), "a picked location is a precise one");
        org.assetatlas.model.Asset pinned = vm.save().orElseThrow();
        assertEquals(new GeoPoint(51.789123, 1.156123), pinned.location());
        assertFalse(pinned.locatedByPostcode());
        assertEquals(org.assetatlas.model.LocationSource.GIVEN, pinned.locationSource());
    }

    @Test
    void nothingIsPlacedOrPinnedWhenNoAssetIsInTheForm() {
        vm.clear();
        vm.placeAt(new GeoPoint(51.9, 0.9));
        assertEquals("", vm.latitudeProperty().get());
        assertNull(vm.pinProperty().get());
    }

    @Test
    void aRetiredDomainIsOfferedOnlyToAnAssetThatAlreadyHasIt() {
        fillValidForm();
        vm.domainProperty("Start Well").set(true);
        org.assetatlas.model.Asset tagged = vm.save().orElseThrow();
        project.domains().retire("Start Well");
        vm.refreshProjectLists();

        vm.load(tagged);
        assertTrue(vm.domainNames().contains("Start Well"), "kept on the asset that has it, and can be taken off");
        assertEquals("Start Well (retired)", vm.domainLabel("Start Well"));
        vm.startNew();
        assertFalse(vm.domainNames().contains("Start Well"), "not offered to new assets");
        assertTrue(vm.domainNames().contains("Age Well"));
    }

    // ---- saving over someone else's change, and the history -------------------------------------------------------

    private org.assetatlas.model.Asset savedAndReloaded() {
        fillValidForm();
        org.assetatlas.model.Asset a = vm.save().orElseThrow();
        vm.load(a);
        return a;
    }

    /** The asset is saved meanwhile by another route (another editor, an import) with a new phone number. */
    private void savedMeanwhile(org.assetatlas.model.Asset a) {
        project.assets().save(project.assets().get(a.id()).orElseThrow().toBuilder().phone("01206 222222").build());
    }

    @Test
    void aSaveOverSomeoneElsesChangeShowsBothAndKeepsTheSavedOneWhenChosen() {
        org.assetatlas.model.Asset a = savedAndReloaded();
        savedMeanwhile(a);
        vm.nameProperty().set("Mile End Lunch Club (Tuesdays)");
        dialogs.actions.push(1); // keep the saved one
        assertTrue(vm.save().isPresent());
        List<List<String>> table = dialogs.actionTables.get(0);
        assertTrue(table.get(0).get(0).contains("was changed by"), table.get(0).get(0));
        assertTrue(table.contains(List.of("Name", "Mile End Lunch Club", "Mile End Lunch Club (Tuesdays)")),
                table.toString());
        assertTrue(table.contains(List.of("Phone", "01206 222222", "")), table.toString());
        assertEquals("Mile End Lunch Club", project.assets().get(a.id()).orElseThrow().name());
        assertEquals("01206 222222", vm.phoneProperty().get(), "the form shows the saved one");
        assertFalse(vm.isDirty());
    }

    @Test
    void aSaveOverSomeoneElsesChangeCanSaveMineOverItOrBeCancelled() {
        org.assetatlas.model.Asset a = savedAndReloaded();
        savedMeanwhile(a);
        vm.nameProperty().set("Mile End Lunch Club (Tuesdays)");
        dialogs.actions.push(-1);
        assertTrue(vm.save().isEmpty());
        assertEquals("Mile End Lunch Club", project.assets().get(a.id()).orElseThrow().name(), "nothing saved");
        assertTrue(vm.isDirty(), "the user's changes are still in the form");
        dialogs.actions.push(0); // save mine over it
        assertTrue(vm.save().isPresent());
        org.assetatlas.model.Asset now = project.assets().get(a.id()).orElseThrow();
        assertEquals("Mile End Lunch Club (Tuesdays)", now.name());
        assertEquals("", now.phone(), "mine is saved whole: the phone as it was in the form");
    }

    @Test
    void theHistoryListsChangesAndRestoresTheVersionChosen() {
        org.assetatlas.model.Asset a = savedAndReloaded();
        vm.nameProperty().set("Mile End Lunch Club (Tuesdays)");
        assertTrue(vm.save().isPresent());
        dialogs.rows.push(1); // the first version: as added
        vm.showHistory();
        List<List<String>> listed = dialogs.rowTables.get(0);
        assertEquals(2, listed.size(), listed.toString());
        assertEquals("Name: Mile End Lunch Club \u2192 Mile End Lunch Club (Tuesdays)", listed.get(0).get(3));
        assertEquals("edit \u201cMile End Lunch Club (Tuesdays)\u201d", listed.get(0).get(2));
        assertEquals("add \u201cMile End Lunch Club\u201d", listed.get(1).get(2));
        assertEquals("", listed.get(1).get(3), "an addition lists no field changes");
        assertEquals("Mile End Lunch Club", project.assets().get(a.id()).orElseThrow().name());
        assertEquals("Mile End Lunch Club", vm.nameProperty().get());
        assertTrue(project.canUndo(org.assetatlas.service.ChangeScope.ASSETS));
    }

    @Test
    void theHistoryAsksForUnsavedChangesToBeSavedFirst() {
        savedAndReloaded();
        vm.nameProperty().set("Something else");
        vm.showHistory();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("Save or put back your changes first"), dialogs.errors.get(0));
        assertTrue(dialogs.rowTables.isEmpty());
    }
}
