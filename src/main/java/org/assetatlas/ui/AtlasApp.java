package org.assetatlas.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.assetatlas.model.Asset;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.ui.factors.FactorsView;
import org.assetatlas.ui.factors.FactorsViewModel;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.reports.ReportsViewModel;
import org.assetatlas.ui.reports.ReportsView;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.FxDialogService;
import org.assetatlas.ui.signpost.SignpostWorkspace;
import org.assetatlas.util.PrivateFiles;
import org.assetatlas.util.SafeOutput;

/**
 * The desktop application: one main window on the project given at start, the most recent project, or the
 * Colchester demo (built on first run).
 *
 * <p>System property {@code atlas.screenshot=FILE} saves a PNG of the window once the project is shown and then
 * quits (for documentation); {@code atlas.screenshot.select=TEXT} first selects the first asset whose name contains
 * the text, and {@code atlas.screenshot.area=LABEL} first filters the assets to the area with that label (as the
 * Area filter shows it, e.g. "Greenstead (ward)").
 */
public final class AtlasApp extends Application {

    private static volatile Path initialProject;
    private UiTasks tasks;
    private MainViewModel vm;

    /**
     * Starts the user interface and returns when its window is closed.
     *
     * @param projectOrNull the project to open, or null for the most recent one (or the demo)
     */
    public static void launchApp(Path projectOrNull) {
        initialProject = projectOrNull;
        Application.launch(AtlasApp.class);
    }

    @Override
    public void start(Stage stage) {
        String wizardStep = System.getProperty("atlas.wizard");
        if (wizardStep != null && !wizardStep.isBlank()) {
            startWizard(stage, wizardStep);
            return;
        }
        tasks = UiTasks.create();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        vm = new MainViewModel(AppPreferences.load(), dialogs, tasks);
        MainView view = new MainView(vm, dialogs, () -> {
            if (confirmQuit(dialogs)) {
                stage.close();
            }
        });
        view.addWorkspace("Signposting", new SignpostWorkspace(vm, dialogs).node());
        FactorsViewModel factorsVm = new FactorsViewModel(vm);
        view.addWorkspace("Barriers & enablers", new FactorsView(factorsVm).node(), factorsVm);
        view.addWorkspace("Reports",
                new ReportsView(new ReportsViewModel(vm.projectProperty(), vm.tasks(), dialogs)).node());
        view.addWorkspace("Review", new org.assetatlas.ui.review.ReviewView(new org.assetatlas.ui.review
                .ReviewViewModel(vm.projectProperty(), dialogs, view::showAsset)).node());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1440, screen.getWidth());
        double h = Math.min(900, screen.getHeight());
        Scene scene = new Scene(view.root(), w, h);
        scene.getStylesheets().add(AtlasApp.class.getResource(Styles.STYLESHEET).toExternalForm());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(620, screen.getHeight()));
        if (screen.getWidth() <= w || screen.getHeight() <= h) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        try (InputStream icon = AtlasApp.class.getResourceAsStream("icon-64.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (IOException e) {
            // no icon is fine
        }
        stage.setOnCloseRequest(e -> {
            if (!confirmQuit(dialogs)) {
                e.consume();
            }
        });
        stage.show();
        vm.startUp(initialProject);
        view.focusTable();
        String shot = System.getProperty("atlas.screenshot");
        if (shot != null && !shot.isBlank()) {
            screenshotWhenReady(scene, Path.of(shot));
        }
    }

    /**
     * Shows only the New Project wizard at a step ({@code atlas.wizard=boundaries}), prepared from the boundary files
     * in {@code atlas.wizard.boundaries} (separated by the path separator) and the lookup in
     * {@code atlas.wizard.lookup}, for documentation screenshots.
     */
    private void startWizard(Stage stage, String step) {
        tasks = UiTasks.create();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        org.assetatlas.ui.project.NewProjectWizard wizard = new org.assetatlas.ui.project.NewProjectWizard(
                new org.assetatlas.ui.project.NewProjectWizardModel(), dialogs, tasks, f -> Platform.exit(),
                stage::close);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(wizard, Math.min(1000, screen.getWidth()), Math.min(700, screen.getHeight()));
        scene.getStylesheets().add(AtlasApp.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("New project");
        stage.show();
        try {
            String files = System.getProperty("atlas.wizard.boundaries", "");
            java.util.List<Path> boundaries = files.isBlank() ? java.util.List.of()
                    : java.util.Arrays.stream(files.split(java.io.File.pathSeparator)).map(Path::of).toList();
            String lookup = System.getProperty("atlas.wizard.lookup");
            Path file = PrivateFiles.temporaryFile("wizard", ".atlas");
            Files.delete(file);
            file.toFile().deleteOnExit();
            wizard.prepare(step, file, boundaries, lookup == null ? null : Path.of(lookup));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not prepare the wizard: " + e.getMessage());
        }
        String shot = System.getProperty("atlas.screenshot");
        if (shot != null && !shot.isBlank()) {
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(e -> {
                try {
                    BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                    SafeOutput.write(Path.of(shot), out -> ImageIO.write(image, "png", out));
                } catch (IOException ex) {
                    System.err.println("Could not write the screenshot: " + ex.getMessage());
                }
                Platform.exit();
            });
            settle.play();
        }
    }

    private boolean confirmQuit(DialogService dialogs) {
        if (vm.busyProperty().get()) {
            if (!dialogs.confirm("Work in progress", "A background task is still running. Cancel it and quit?",
                    "Cancel it and quit")) {
                return false;
            }
            tasks.cancel();
        }
        return vm.confirmDiscard();
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }

    private void screenshotWhenReady(Scene scene, Path file) {
        Runnable take = () -> {
            String area = System.getProperty("atlas.screenshot.area");
            if (area != null && !area.isBlank()) {
                vm.areaChoices().stream().filter(c -> c.label().equals(area)).findFirst()
                        .ifPresent(vm.areaFilterProperty()::set);
            }
            String select = System.getProperty("atlas.screenshot.select");
            if (select != null && !select.isBlank()) {
                vm.shownAssets().stream().filter(a -> a.name().contains(select)).map(Asset::id).findFirst()
                        .ifPresent(vm::select);
            }
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(e -> {
                WritableImage image = scene.snapshot(null);
                try {
                    Path parent = file.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    BufferedImage png = SwingFXUtils.fromFXImage(image, null);
                    SafeOutput.write(file, out -> ImageIO.write(png, "png", out));
                } catch (IOException ex) {
                    System.err.println("Could not write the screenshot: " + ex.getMessage());
                }
                Platform.exit();
            });
            settle.play();
        };
        boolean[] taken = {false};
        Runnable whenReady = () -> {
            if (!taken[0] && vm.getProject() != null && !vm.busyProperty().get()) {
                taken[0] = true;
                Platform.runLater(take);
            }
        };
        vm.busyProperty().addListener((o, a, b) -> whenReady.run());
        vm.projectProperty().addListener((o, a, b) -> whenReady.run());
        whenReady.run();
    }
}
