package org.assetatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
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
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.FxDialogService;

/** Adds an asset through the real main window: New asset, type, Save; then table, map and editor agree. */
@ExtendWith(ApplicationExtension.class)
class AddAssetFlowTest {

    @TempDir
    static Path home;

    private static Path projectFile;
    private static String previousHome;
    private MainViewModel vm;
    private MainView view;
    private UiTasks tasks;

    @BeforeAll
    static void buildProject() throws IOException {
        previousHome = System.getProperty("atlas.home");
        System.setProperty("atlas.home", home.toString());
        projectFile = home.resolve("flow.atlas");
        AtlasProject p;
        if (AddAssetFlowTest.class.getResource("/demo/data/assets/demo-assets.csv") != null) {
            p = DemoProject.build(projectFile, Progress.NONE);
        } else {
            p = AtlasProject.create(projectFile, "Flow test", Framework.liveWell());
            p.assets().save(Asset.builder().name("Colchester Library").category(AbcdCategory.INSTITUTIONS)
                    .postcode("CO1 1JB").location(new GeoPoint(51.888485, 0.899719)).build());
            p.assets().save(Asset.builder().name("Greenstead Library").category(AbcdCategory.INSTITUTIONS)
                    .postcode("CO4 3QE").location(new GeoPoint(51.891394, 0.936914)).build());
        }
        p.close();
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
        Scene scene = new Scene(view.root(), 1366, 768);
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

    @Test
    void addsAnAssetAndSelectsItInTheTableAndOnTheMap(FxRobot robot) {
        int before = vm.shownAssets().size();
        robot.clickOn("#newAssetButton");
        robot.clickOn("#nameField").write("Castle Park Tai Chi", 0);
        robot.clickOn("#domain-Age-Well");
        robot.clickOn("Where");
        robot.clickOn("#postcodeField").write("CO1 1YG", 0);
        robot.clickOn("#latitudeField").write("51.8892", 0);
        robot.clickOn("#longitudeField").write("0.9042", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.editor().canSaveProperty().get(), vm.editor().problemSummaryProperty().get());
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        Asset saved = vm.shownAssets().stream().filter(a -> a.name().equals("Castle Park Tai Chi")).findFirst()
                .orElseThrow(() -> new AssertionError("the new asset is not in the list"));
        assertEquals(before + 1, vm.shownAssets().size());
        assertEquals("CO1 1YG", saved.postcode());
        assertEquals(new GeoPoint(51.8892, 0.9042), saved.location());
        assertEquals(List.of("Age Well"), saved.domains());

        TableView<Asset> table = robot.lookup("#assetTable").queryTableView();
        assertTrue(table.getItems().stream().anyMatch(a -> a.id() == saved.id()), "the table holds the new row");
        Asset selectedRow = table.getSelectionModel().getSelectedItem();
        assertNotNull(selectedRow, "a row is selected");
        assertEquals(saved.id(), selectedRow.id());
        assertEquals(saved.id(), view.mapView().getSelectedAssetId());
        assertFalse(vm.editor().isDirty());
        assertEquals("Castle Park Tai Chi", vm.editor().headingProperty().get());
    }

    @Test
    void placesANewAssetWithAClickOnTheMapAndMovesItByDraggingItsPin(FxRobot robot) {
        robot.clickOn("#newAssetButton");
        robot.clickOn("#nameField").write("Pinned Walking Group", 0);
        robot.clickOn("#domain-Age-Well");
        robot.clickOn("Where");
        robot.clickOn("#placeOnMap");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.mapView().placingProperty().get(), "the map waits for a click");

        javafx.scene.Node canvas = view.mapView().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.canvas.Canvas).findFirst().orElseThrow();
        javafx.geometry.Bounds map = canvas.localToScreen(canvas.getBoundsInLocal());
        double x = map.getWidth() / 2 + 37;
        double y = map.getHeight() / 2 + 23;
        org.assetatlas.map.MapViewport before = view.mapView().getViewport();
        robot.clickOn(map.getMinX() + x, map.getMinY() + y);
        WaitForAsyncUtils.waitForFxEvents();
        org.assetatlas.map.MapViewport v = view.mapView().getViewport();
        assertEquals(before, v, "placing does not move the map");
        assertFalse(view.mapView().placingProperty().get());
        // within a pixel of the click (the pointer moves in whole pixels)
        assertEquals(y, v.screenY(Double.parseDouble(vm.editor().latitudeProperty().get())), 1.0);
        assertEquals(x, v.screenX(Double.parseDouble(vm.editor().longitudeProperty().get())), 1.0);
        assertTrue(robot.lookup("#mapPin").query().isVisible(), "the pin shows the new location");

        javafx.scene.Node pin = robot.lookup("#mapPin").query();
        javafx.geometry.Point2D grab = pin.localToScreen(12, 10);
        robot.drag(grab.getX(), grab.getY(), javafx.scene.input.MouseButton.PRIMARY).moveBy(-30, 20).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(y + 20, v.screenY(Double.parseDouble(vm.editor().latitudeProperty().get())), 1.5);
        assertEquals(x - 30, v.screenX(Double.parseDouble(vm.editor().longitudeProperty().get())), 1.5);

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        Asset saved = vm.shownAssets().stream().filter(a -> a.name().equals("Pinned Walking Group")).findFirst()
                .orElseThrow(() -> new AssertionError("the new asset is not in the list"));
        assertEquals(y + 20, v.screenY(saved.location().lat()), 1.5);
        assertEquals(org.assetatlas.model.LocationSource.GIVEN, saved.locationSource());
    }
}
