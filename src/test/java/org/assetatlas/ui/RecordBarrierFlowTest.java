package org.assetatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.assetatlas.analysis.ThemeDomainMatrix;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
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
import org.assetatlas.ui.factors.FactorsView;
import org.assetatlas.ui.factors.FactorsViewModel;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.FxDialogService;

/**
 * Records a barrier with its evidence through the "Barriers & enablers" tab of the real main window on the demo
 * project, and sees it counted in the matrix; then undoes it. With {@code -Dfactors.screenshot=FILE.png} it also
 * saves a picture of the tab.
 */
@ExtendWith(ApplicationExtension.class)
class RecordBarrierFlowTest {

    @TempDir
    static Path home;

    private static Path projectFile;
    private static String previousHome;
    private MainViewModel vm;
    private MainView view;
    private FactorsViewModel factors;
    private UiTasks tasks;
    private Scene scene;

    @BeforeAll
    static void buildProject() throws IOException {
        previousHome = System.getProperty("atlas.home");
        System.setProperty("atlas.home", home.toString());
        projectFile = home.resolve("factors.atlas");
        DemoProject.build(projectFile, Progress.NONE).close();
        // the first window of a run loads JavaFX's classes and styles: allow for a busy build machine
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(120_000,
                FxToolkit.toolkitContext().getSetupTimeoutInMillis()));
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
        FxDialogService dialogs = new FxDialogService(() -> stage);
        vm = new MainViewModel(new AppPreferences(home), dialogs, tasks);
        view = new MainView(vm, dialogs, stage::close);
        factors = new FactorsViewModel(vm);
        view.addWorkspace("Barriers & enablers", new FactorsView(factors).node(), factors);
        scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(AtlasApp.class.getResource(Styles.STYLESHEET).toExternalForm());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        assertTrue(vm.open(projectFile));
        stage.setOnHidden(e -> {
            vm.close();
            tasks.close();
        });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private ThemeDomainMatrix.Cell cell(String theme, String domain) {
        return factors.matrixProperty().get().cell(theme, domain);
    }

    @Test
    void recordsABarrierWithEvidenceAndSeesItInTheMatrix(FxRobot robot) throws IOException {
        robot.interact(() -> view.workspaces().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(factors.matrixProperty().get().row("Transport").crossCutting(), "transport is cross-cutting");
        assertTrue(cell("Cost", "Age Well").isEmpty());

        robot.clickOn("#" + FactorsView.cellId("Cost", "Age Well"));
        assertEquals("Cost", factors.themeProperty().get(), "the form takes the cell's theme");
        assertTrue(factors.formDomains().contains("Age Well"), "and its domain");
        robot.clickOn("#kindBarrier");
        type(robot, "#factorDescription", "The day centre lunch now costs six pounds; regulars stopped coming");
        assertFalse(factors.canRecordBinding().get(), "evidence is asked for");
        type(robot, "#evidenceTitle", "Day centre members' meeting");
        type(robot, "#evidenceSample", "18");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("18", factors.sampleSizeProperty().get());
        assertTrue(factors.canRecordBinding().get(), factors.formProblemProperty().get());
        robot.clickOn("#recordFactorButton");
        WaitForAsyncUtils.waitForFxEvents();

        ThemeDomainMatrix.Cell after = cell("Cost", "Age Well");
        assertEquals(1, after.barriers());
        assertEquals(0, after.enablers());
        Button shown = robot.lookup("#" + FactorsView.cellId("Cost", "Age Well")).queryButton();
        assertTrue(shown.getText().startsWith("\u25bc1"), shown.getText());
        Factor recorded = factors.selectedFactorProperty().get();
        assertNotNull(recorded, "the new factor is selected in the drill-down");
        assertEquals(FactorKind.BARRIER, recorded.kind());
        assertEquals(1, factors.factorEvidence().size());
        assertEquals(18, factors.factorEvidence().get(0).sampleSize());
        assertTrue(robot.lookup("#factorDetails").lookup((Node n) -> n instanceof Labeled l
                && "Day centre members' meeting".equals(l.getText())).tryQuery().isPresent(),
                "the evidence shows in the drill-down");

        robot.clickOn("#factorsUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cell("Cost", "Age Well").isEmpty(), "Undo takes the recording back");

        robot.clickOn("#" + FactorsView.cellId("Transport", "Age Well"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(factors.factorVoices().isEmpty() && factors.factorEvidence().isEmpty());
        String shot = System.getProperty("factors.screenshot");
        if (shot != null && !shot.isBlank()) {
            robot.interact(() -> save(scene.snapshot(null), Path.of(shot)));
        }
    }

    @Test
    void recordsAVoiceWithoutConsentAndCtrlZUndoesItOnThisTab(FxRobot robot) {
        robot.interact(() -> view.workspaces().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        boolean assetUndo = vm.canUndoProperty().get();
        robot.clickOn("#" + FactorsView.cellId("Transport", "Age Well"));
        Factor linked = factors.selectedFactorProperty().get();
        assertNotNull(linked);
        int before = factors.factorVoices().size();
        javafx.scene.control.TabPane forms = robot.lookup("#factorForms").query();
        robot.interact(() -> forms.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.RadioButton no = robot.lookup("#consent-no").query();
        assertTrue(no.isSelected(), "no consent is the default");
        String words = "I didn't know the hopper bus existed until my neighbour told me";
        type(robot, "#voiceQuote", words);
        type(robot, "#voiceSpeaker", "older resident, Greenstead");
        robot.clickOn("#recordVoiceButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before + 1, factors.factorVoices().size());
        assertTrue(factors.factorVoices().stream().anyMatch(v -> v.quote().equals(words)
                && v.consent() == org.assetatlas.model.VoiceConsent.NO));
        assertTrue(robot.lookup("#factorDetails").lookup((Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains(words)).tryQuery().isPresent(),
                "the voice shows in the drill-down");
        assertTrue(robot.lookup("#factorDetails").lookup((Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("not for publication")).tryQuery().isPresent(),
                "marked as not for publication");
        assertTrue(vm.getProject().voices().release(org.assetatlas.analysis.VoiceRelease.Audience.PUBLIC)
                .stream().noneMatch(q -> q.text().equals(words)), "never released to the public");

        // Ctrl+Z on this tab undoes the voice, not an asset edit; Ctrl+Y brings it back
        robot.interact(() -> robot.lookup("#cellFactors").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, factors.factorVoices().size(), "Ctrl+Z undid the voice");
        assertEquals(assetUndo, vm.canUndoProperty().get(), "the assets' history is untouched");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y)
                .release(javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, factors.factorVoices().size(), "Ctrl+Y redid it");
        String shot = System.getProperty("factors.voice.screenshot");
        if (shot != null && !shot.isBlank()) {
            robot.interact(() -> save(scene.snapshot(null), Path.of(shot)));
        }
    }

    @Test
    void theAssetTableShowsTheDistanceToTheNearestStop(FxRobot robot) {
        TableColumn<Asset, ?> column = view.table().getColumns().stream()
                .filter(c -> "Nearest stop".equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Nearest stop column"));
        AtlasProject p = vm.getProject();
        p.transport().computeDistances();
        assertTrue(p.transport().distancesReady());
        Asset first = view.table().getItems().stream().filter(a -> a.location() != null).findFirst().orElseThrow();
        Object value = column.getCellObservableValue(first).getValue();
        assertEquals(p.transport().distanceToStop(first), (Double) value, 1e-9);
        assertTrue((Double) value >= 0 && (Double) value < 5000, value.toString());
    }

    /** Focuses a field (scrolling the form to it) and types into it as a user would. */
    private static void type(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(() -> {
            field.requestFocus();
            javafx.scene.Parent p = field.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double y = field.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                double range = scroll.getContent().getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (range > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / range)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text, 0);
    }

    private static void save(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
