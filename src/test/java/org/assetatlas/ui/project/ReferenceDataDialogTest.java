package org.assetatlas.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.assetatlas.model.ReferenceSource;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.TendringFixture;
import org.assetatlas.ui.common.RecordingDialogs;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Reference data… on an open Tendring project: a population file imported, then listed with its source. */
@ExtendWith(ApplicationExtension.class)
class ReferenceDataDialogTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private UiTasks tasks;
    private AtlasProject project;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("reference-dialog");
        project = TendringFixture.build(dir.resolve("tendring.atlas"));
        tasks = UiTasks.create();
        ReferenceDataDialog d = new ReferenceDataDialog(new ReferenceDataViewModel(() -> project), dialogs, tasks,
                stage::close);
        Scene scene = new Scene(d, 1000, 1100);
        scene.getStylesheets().add(ReferenceDataDialog.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        project.close();
    }

    @Test
    void importsPopulationAndListsItWithItsSourceAndVintage(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#reference-sources").queryTableView();
        assertTrue(table.getItems().isEmpty());
        dialogs.files.add(Path.of("data/reference/iod2019_file6_population_mid2015_colchester_tendring.csv"));
        robot.clickOn("#reference-import-population");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#reference-result").queryAs(Label.class).getText().isEmpty());
        String result = robot.lookup("#reference-result").queryAs(Label.class).getText();
        assertTrue(result.startsWith("Imported 89 of 194 rows of Population denominators"), result);
        assertEquals(1, table.getItems().size());
        ReferenceSource s = (ReferenceSource) table.getItems().get(0);
        assertEquals("mid-2015", s.vintage());
        assertEquals(2069, project.area("E01021967").orElseThrow().population());
    }

    @Test
    void aFileOfTheWrongKindIsExplainedAndNothingIsKept(FxRobot robot) throws Exception {
        dialogs.files.add(Path.of("data/reference/iod2019_file6_population_mid2015_colchester_tendring.csv"));
        robot.clickOn("#reference-import-deprivation");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#reference-message").queryAs(Label.class).getText().isEmpty());
        String message = robot.lookup("#reference-message").queryAs(Label.class).getText();
        assertTrue(message.contains("Import that as population"), message);
        assertTrue(project.reference().sources().isEmpty());
    }
}
