package org.assetatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assetatlas.model.SignpostLogEntry;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.signpost.Suggestion;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.FxDialogService;
import org.assetatlas.ui.signpost.SignpostWorkspace;
import org.assetatlas.ui.common.RecordingDialogs;

/** Signposting through the real window: need and postcode, results, shortlist, sheet; the log records it. */
@ExtendWith(ApplicationExtension.class)
class SignpostFlowTest {

    @TempDir
    static Path home;

    private static Path projectFile;
    private static String previousHome;
    private MainViewModel vm;
    private UiTasks tasks;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private SignpostWorkspace workspace;

    @BeforeAll
    static void buildProject() throws IOException {
        previousHome = System.getProperty("atlas.home");
        System.setProperty("atlas.home", home.toString());
        projectFile = home.resolve("signpost.atlas");
        DemoProject.build(projectFile, Progress.NONE).close();
    }

    @AfterAll
    static void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("atlas.home");
        } else {
            System.setProperty("atlas.home", previousHome);
        }
    }

    @Start
    void start(Stage stage) {
        tasks = UiTasks.create();
        FxDialogService fx = new FxDialogService(() -> stage);
        vm = new MainViewModel(new AppPreferences(home), fx, tasks);
        MainView view = new MainView(vm, fx, stage::close);
        workspace = new SignpostWorkspace(vm, dialogs);
        view.addWorkspace("Signposting", workspace.node());
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(AtlasApp.class.getResource(Styles.STYLESHEET).toExternalForm());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        assertTrue(vm.open(projectFile));
        view.workspaces().getSelectionModel().select(1);
        stage.setOnHidden(e -> {
            vm.close();
            tasks.close();
        });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void searchShortlistAndSheet(FxRobot robot) throws IOException {
        robot.clickOn("#needField").write("lonely", 0);
        robot.clickOn("#placeField").write("CO4 3QE", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<Suggestion> results = robot.lookup("#signpostResults").queryListView();
        assertFalse(results.getItems().isEmpty(), "results for lonely near CO4 3QE");
        List<String> names = results.getItems().stream().map(s -> s.asset().name().toLowerCase()).toList();
        assertTrue(names.stream().limit(10).anyMatch(n -> n.contains("befriend")), names.toString());
        assertTrue(results.getItems().stream().limit(10).allMatch(s -> !Double.isNaN(s.distanceMetres())
                || !s.asset().located()), "distance shown for located results");

        robot.interact(() -> results.getSelectionModel().select(0));
        robot.clickOn("#addToShortlistButton");
        robot.interact(() -> results.getSelectionModel().select(1));
        robot.clickOn("#addToShortlistButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Suggestion> shortlist = robot.lookup("#shortlist").queryListView();
        assertEquals(2, shortlist.getItems().size());
        String first = shortlist.getItems().get(0).asset().name();

        Path pdf = home.resolve("sheet.pdf");
        dialogs.files.add(pdf);
        robot.clickOn("#makeSheetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(Files.size(pdf) > 1000);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(first.replace("–", "–")), text);
            assertTrue(text.contains("lonely"), text);
        }

        String copied = workspace.viewModel().handOverText();
        assertTrue(copied.contains("1. " + first), copied);

        AtlasProject p = vm.getProject();
        List<SignpostLogEntry> log = p.signposting().log(null, null);
        assertEquals(1, log.size(), "the hand-over is logged once");
        assertEquals("lonely", log.get(0).need());
        assertEquals("CO4", log.get(0).place(), "only the postcode district is kept");
        assertEquals(2, log.get(0).options().size());
    }

    @Test
    void emptyAndHostileInputShowGuidance(FxRobot robot) {
        robot.clickOn("#findButton");
        WaitForAsyncUtils.waitForFxEvents();
        String message = robot.lookup("#signpostMessage").queryLabeled().getText();
        assertTrue(message.startsWith("Type what the person needs"), message);
        robot.clickOn("#needField").write("NEAR( \"*\" AND -) 😀", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        robot.interact(() -> workspace.viewModel().needProperty().set("\"*\" -) 😀 ((("));
        robot.clickOn("#findButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace.viewModel().results().isEmpty());
        message = robot.lookup("#signpostMessage").queryLabeled().getText();
        assertTrue(message.startsWith("Type what the person needs"), "only punctuation and emoji: " + message);
    }
}
