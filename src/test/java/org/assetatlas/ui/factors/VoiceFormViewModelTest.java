package org.assetatlas.ui.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.Framework;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.service.AtlasProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.MainViewModel;
import org.assetatlas.ui.common.RecordingDialogs;

/** The voice form and the factor form's change mode and redo, on the JavaFX thread over a small project. */
class VoiceFormViewModelTest {

    @TempDir
    Path dir;
    private MainViewModel main;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FactorsViewModel factors;
    private VoiceFormViewModel voice;
    private Factor bus;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("v.atlas");
        try (AtlasProject p = AtlasProject.create(file, "Voices", Framework.liveWell())) {
            bus = p.factors().record(new Factor(0, FactorKind.BARRIER, "Transport", "No bus after six",
                    List.of("Age Well"), List.of(), List.of(), 4, List.of(), false), List.of());
        }
        fx(() -> {
            main = new MainViewModel(new AppPreferences(dir.resolve("home")), dialogs,
                    UiTasks.direct());
            assertTrue(main.open(file));
            factors = new FactorsViewModel(main);
            voice = new VoiceFormViewModel(factors);
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            main.close();
            return null;
        });
    }

    @Test
    void aNewVoiceHasNoConsentAndIsKeptFromEveryAudience() throws Exception {
        assertEquals(VoiceConsent.NO, voice.consentProperty().get(), "no consent until told otherwise");
        assertTrue(voice.consentExplanationProperty().get().contains("never"));
        assertFalse(voice.canRecordBinding().get(), "the words are asked for");
        Voice v = fx(() -> {
            factors.selectCell("Transport", "Age Well");
            assertEquals(java.util.Set.of(bus.id()), voice.linkedFactors(), "linked to the selected factor");
            voice.quoteProperty().set("I stay in after six");
            voice.speakerProperty().set("older resident");
            voice.nameProperty().set("Pat");
            return voice.record();
        });
        assertNotNull(v);
        assertEquals("", v.name(), "a name typed without agreement to be named is not kept");
        assertEquals(VoiceConsent.NO, v.consent());
        assertEquals(List.of("Age Well"), v.domains());
        assertEquals(1, factors.factorVoices().size());
        assertTrue(main.getProject().voices().release(VoiceRelease.Audience.PARTNERS).isEmpty());
        assertEquals("", voice.quoteProperty().get(), "the form is cleared");
        assertEquals(VoiceConsent.NO, voice.consentProperty().get(), "and consent is back to no");
        assertTrue(factors.undoText().get().startsWith("Undo record voice"), factors.undoText().get());

        fx(() -> {
            factors.undo();
            return null;
        });
        assertTrue(factors.factorVoices().isEmpty());
        assertTrue(factors.canRedo().get());
        fx(() -> {
            factors.redo();
            return null;
        });
        assertEquals(1, factors.factorVoices().size());
    }

    @Test
    void aNamedVoiceNeedsTheNameAndKeepsIt() throws Exception {
        Voice v = fx(() -> {
            voice.quoteProperty().set("The hopper bus got me to my appointments");
            voice.agreedToBeNamedProperty().set(true);
            assertFalse(voice.canRecordBinding().get(), "the name is asked for");
            voice.nameProperty().set("Sam Lee");
            voice.consentProperty().set(VoiceConsent.PUBLISH);
            return voice.record();
        });
        assertEquals("Sam Lee", v.name());
        assertEquals(1, main.getProject().voices().release(VoiceRelease.Audience.PUBLIC).size());
    }

    @Test
    void anEngagementSummaryComputesItsSharesAndIsUndoable() throws Exception {
        EngagementFormViewModel form = fx(() -> new EngagementFormViewModel(factors));
        org.assetatlas.model.EngagementSummary e = fx(() -> {
            form.titleProperty().set("Listening campaign");
            form.peopleReachedProperty().set("400");
            form.needs().get(0).count().set("300");
            form.needs().get(1).count().set("120");
            assertTrue(form.problemProperty().get().contains("420"), form.problemProperty().get());
            assertFalse(form.canRecordBinding().get());
            form.needs().get(1).count().set("100");
            assertEquals("75% information and advice; 25% direct personal support (of 400 people)",
                    form.sharesProperty().get());
            return form.record();
        });
        assertNotNull(e, factors.messageProperty().get());
        assertEquals(0.75, e.share("Information and advice"), 1e-9);
        assertEquals(1, factors.engagements().size());
        assertEquals("", form.titleProperty().get());
        fx(() -> {
            factors.undo();
            return null;
        });
        assertTrue(factors.engagements().isEmpty());
    }

    @Test
    void themesAreAddedRenamedOnTheirFactorsAndRemovedWithUndo() throws Exception {
        ThemeListViewModel themes = fx(() -> new ThemeListViewModel(factors));
        fx(() -> {
            themes.nameProperty().set("Loneliness");
            assertTrue(themes.add());
            themes.nameProperty().set("loneliness ");
            assertFalse(themes.add(), "no duplicates");
            themes.selectedProperty().set("Transport");
            themes.nameProperty().set("Getting about");
            assertTrue(themes.rename());
            return null;
        });
        assertTrue(factors.themes().contains("Loneliness"));
        assertEquals("Getting about", main.getProject().factors().factor(bus.id()).orElseThrow().theme());
        fx(() -> {
            themes.selectedProperty().set("Getting about");
            assertTrue(themes.remove());
            return null;
        });
        assertFalse(factors.themes().contains("Getting about"));
        assertEquals("Getting about", main.getProject().factors().factor(bus.id()).orElseThrow().theme(),
                "a removed theme stays on its factors");
        fx(() -> {
            factors.undo();
            factors.undo();
            return null;
        });
        assertEquals("Transport", main.getProject().factors().factor(bus.id()).orElseThrow().theme());
        assertTrue(factors.themes().contains("Transport"));
    }

    @Test
    void importsNaptanStopsReportingRejectedRowsThenRecordsAServiceWithChosenStops() throws Exception {
        Path csv = dir.resolve("Stops.csv");
        java.nio.file.Files.writeString(csv, "ATCOCode,CommonName,Longitude,Latitude,Status\n"
                + "1500HOSP1,General Hospital,0.90,51.88,active\n"
                + "1500BRKN,Broken,0.93,,active\n"
                + "1500EST1,Estate Shops,0.92,51.87,active\n");
        TransportFormViewModel form = fx(() -> new TransportFormViewModel(factors));
        dialogs.files.add(csv);
        fx(() -> {
            form.chooseAndImportStops();
            return null;
        });
        assertEquals(1, dialogs.information.size());
        String report = dialogs.information.get(0);
        assertTrue(report.contains("imported 2 stops") && report.contains("line 3"), report);
        assertTrue(form.stopCountProperty().get().startsWith("2 stops"), form.stopCountProperty().get());

        TransportService t = fx(() -> {
            form.stopSearchProperty().set("hosp");
            assertEquals(1, form.foundStops().size(), "found by name");
            form.choose(form.foundStops().get(0));
            form.stopSearchProperty().set("1500est");
            assertEquals(1, form.foundStops().size(), "found by code");
            form.choose(form.foundStops().get(0));
            form.nameProperty().set("Hospital hopper");
            form.kindProperty().set(org.assetatlas.model.TransportKind.HOPPER_BUS);
            form.timesProperty().set("Mon-Fri 09:00-12:00 13:00");
            assertFalse(form.canRecordBinding().get(), "bad times are refused: " + form.problemProperty().get());
            form.timesProperty().set("Mon-Fri 09:00-17:00");
            form.eligibilityProperty().set("Anyone");
            return form.record();
        });
        assertNotNull(t, factors.messageProperty().get());
        assertEquals(List.of("1500HOSP1", "1500EST1"), t.stopCodes());
        assertEquals(1, factors.transportServices().size());
        String line = TransportFormViewModel.describe(t);
        assertTrue(line.contains("Mon-Fri 09:00-17:00") && line.contains("2 stops"), line);
        fx(() -> {
            factors.undo();
            return null;
        });
        assertTrue(factors.transportServices().isEmpty());
    }

    @Test
    void changesAFactorAndUndoPutsItBack() throws Exception {
        fx(() -> {
            factors.selectCell("Transport", "Age Well");
            factors.editSelected();
            return null;
        });
        assertNotNull(factors.editingProperty().get());
        assertEquals("No bus after six", factors.descriptionProperty().get());
        assertFalse(factors.withEvidenceProperty().get(), "changing does not ask for new evidence");
        Factor saved = fx(() -> {
            factors.descriptionProperty().set("No bus after six on weekdays, none on Sundays");
            factors.strengthProperty().set(9);
            return factors.record();
        });
        assertNotNull(saved, factors.messageProperty().get());
        assertEquals(bus.id(), saved.id(), "the same factor is changed, not a new one recorded");
        assertNull(factors.editingProperty().get());
        assertEquals(1, main.getProject().factors().factors().size());
        assertEquals(9, main.getProject().factors().factor(bus.id()).orElseThrow().strength());
        fx(() -> {
            factors.undo();
            return null;
        });
        Factor back = main.getProject().factors().factor(bus.id()).orElseThrow();
        assertEquals("No bus after six", back.description());
        assertEquals(4, back.strength());
    }
}
