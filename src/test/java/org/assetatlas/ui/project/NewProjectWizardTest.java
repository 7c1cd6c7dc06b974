package org.assetatlas.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.ui.common.RecordingDialogs;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sets up Tendring through the wizard as a user would: name, file, wards, LSOAs, the neighbourhood lookup. */
@ExtendWith(ApplicationExtension.class)
class NewProjectWizardTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicReference<Path> finished = new AtomicReference<>();
    private UiTasks tasks;
    private NewProjectWizard wizard;

    @Start
    void start(Stage stage) {
        tasks = UiTasks.create();
        wizard = new NewProjectWizard(new NewProjectWizardModel(), dialogs, tasks, finished::set, () -> { });
        Scene scene = new Scene(wizard, 1000, 700);
        scene.getStylesheets().add(NewProjectWizard.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void setsUpTendring(FxRobot robot) throws Exception {
        Button next = robot.lookup("#wizard-next").queryButton();
        assertTrue(next.isDisabled(), "no name or file yet");
        robot.clickOn("#wizard-name").write("Tendring Community Partnership");
        dialogs.files.add(dir.resolve("tendring.atlas"));
        robot.clickOn("#wizard-choose-file");
        robot.clickOn("#wizard-framework-southend_2050");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(next.isDisabled());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, wizard.stepIndex(), "Enter is Next");
        assertNotNull(wizard.model().project());

        importFile(robot, NewProjectWizardModelTest.WARDS, 1);
        TableView<?> preview = robot.lookup("#wizard-preview").queryAs(TableView.class);
        String report = robot.lookup("#wizard-import-report").queryTextInputControl().getText();
        assertTrue(report.contains("35 ward areas imported"), report);
        importFile(robot, NewProjectWizardModelTest.LSOAS, 2);
        assertEquals("LSOA11CD", robot.lookup("#wizard-code-field").queryAs(javafx.scene.control.ChoiceBox.class)
                .getValue(), "the choice box shows the second file's own suggestion");
        report = robot.lookup("#wizard-import-report").queryTextInputControl().getText();
        assertTrue(report.contains("89 lsoa areas imported"), report);
        assertTrue(preview.getItems().isEmpty(), "cleared for the next file");

        robot.clickOn("#wizard-next");
        assertEquals(2, wizard.stepIndex());
        dialogs.files.add(NewProjectWizardModelTest.LOOKUP);
        robot.clickOn("#wizard-load-lookup");
        assertEquals(3, robot.lookup("#wizard-groups").queryListView().getItems().size());
        robot.clickOn("#wizard-apply-groups");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#wizard-group-result").queryAs(Label.class).getText().isEmpty());
        assertTrue(robot.lookup("#wizard-group-result").queryAs(Label.class).getText()
                .startsWith("3 neighbourhoods made from 35 areas"));

        robot.clickOn("#wizard-next");
        assertEquals(3, wizard.stepIndex());
        dialogs.files.add(Path.of("data/reference/iod2019_file1_imd_colchester_tendring.csv"));
        robot.clickOn("#reference-import-deprivation");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#reference-result").queryAs(Label.class).getText().isEmpty());
        assertTrue(robot.lookup("#reference-result").queryAs(Label.class).getText()
                .startsWith("Imported 89 of 194 rows of English Indices of Deprivation 2019"));
        assertEquals(1, robot.lookup("#reference-sources").queryTableView().getItems().size());
        robot.clickOn("#wizard-next");
        assertEquals(4, wizard.stepIndex());
        String summary = robot.lookup("#wizard-summary").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(summary.contains("35 Ward areas"), summary);
        assertTrue(summary.contains("3 Neighbourhood areas"), summary);
        assertTrue(summary.contains("Domains: Pride and Joy; Safe and Well"), summary);
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dir.resolve("tendring.atlas"), finished.get());

        try (AtlasProject p = AtlasProject.open(finished.get())) {
            assertEquals(35, p.areas(AreaLevel.WARD).size());
            assertEquals(89, p.areas(AreaLevel.LSOA).size());
            assertEquals(Set.of("Clacton", "Frinton, Walton and the west", "Harwich and Manningtree"),
                    p.areas(AreaLevel.NEIGHBOURHOOD).stream().map(Area::name).collect(Collectors.toSet()));
            AreaTree tree = p.areaTree();
            long withWard = tree.areas(AreaLevel.LSOA).stream()
                    .filter(a -> tree.parent(a.code()).map(x -> x.level() == AreaLevel.WARD).orElse(false)).count();
            assertTrue(withWard >= 85, withWard + " LSOAs in a ward");
            assertEquals(List.of("Pride and Joy", "Safe and Well", "Active and Involved",
                    "Opportunity and Prosperity", "Connected and Smart"), p.framework().currentNames());
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void escapeAfterCreatingKeepsAValidProject(FxRobot robot) throws Exception {
        robot.clickOn("#wizard-name").write("Tendring");
        dialogs.files.add(dir.resolve("t.atlas"));
        robot.clickOn("#wizard-choose-file");
        robot.clickOn("#wizard-next");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.information.size());
        try (AtlasProject p = AtlasProject.open(dir.resolve("t.atlas"))) {
            assertTrue(p.areas().isEmpty());
        }
    }

    private void importFile(FxRobot robot, Path file, int imports) throws Exception {
        dialogs.files.add(file);
        robot.clickOn("#wizard-pick-boundaries");
        assertFalse(robot.lookup("#wizard-preview").queryAs(TableView.class).getItems().isEmpty(),
                "the preview shows the first rows");
        robot.clickOn("#wizard-import");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.model().imports().size() == imports);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
