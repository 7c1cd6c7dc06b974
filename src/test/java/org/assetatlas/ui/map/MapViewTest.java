package org.assetatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assetatlas.map.AssetLayer;
import org.assetatlas.map.MapViewport;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.io.WKTReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map control on its own: place search, zoom to selection, marked assets, the layers panel. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    private MapView map;

    @Start
    void start(Stage stage) throws Exception {
        map = new MapView();
        map.areasProperty().set(List.of(new Area("E05004170", "Castle", AreaLevel.WARD, null, null,
                new WKTReader().read("POLYGON((0.88 51.88, 0.92 51.88, 0.92 51.90, 0.88 51.90, 0.88 51.88))"), "")));
        map.getAssets().setAll(
                Asset.builder().id(1).name("Library").category(AbcdCategory.INSTITUTIONS)
                        .location(new GeoPoint(51.889, 0.900)).build(),
                Asset.builder().id(2).name("Allotments").category(AbcdCategory.PHYSICAL)
                        .location(new GeoPoint(51.850, 0.950)).build());
        map.postcodeFinderProperty().set(t -> t.replace(" ", "").equalsIgnoreCase("CO11JB")
                ? Optional.of(new GeoPoint(51.8885, 0.8997)) : Optional.empty());
        stage.setScene(new Scene(map, 640, 480));
        stage.show();
    }

    @Test
    void goesToAnAreaByNameAndHighlightsIt(FxRobot robot) {
        robot.interact(() -> assertNull(map.jumpTo("castle")));
        assertEquals("E05004170", map.highlightedAreaProperty().get());
        MapViewport v = map.getViewport();
        assertEquals(0.90, v.centreLongitude(), 1e-6);
    }

    @Test
    void goesToAPostcodeAndSaysWhenOneIsUnknown(FxRobot robot) {
        robot.interact(() -> assertNull(map.jumpTo("co1 1jb")));
        assertEquals(0.8997, map.getViewport().centreLongitude(), 1e-6);
        assertEquals(16, map.getViewport().zoom(), 1e-9);
        robot.interact(() -> assertTrue(map.jumpTo("CO4 9ZZ").contains("CO4 9ZZ is not in the postcode table")));
        robot.interact(() -> assertTrue(map.jumpTo("Nowhere").contains("No area or postcode")));
    }

    @Test
    void marksAssetsAndZoomsToThem(FxRobot robot) {
        robot.interact(() -> {
            map.setMarkedIds(List.of(2L, 1L));
            assertTrue(map.zoomToSelection());
        });
        assertArrayEquals(new long[] {1, 2}, map.renderer().selectionLayer().marked());
        MapViewport v = map.getViewport();
        assertTrue(v.shows(0.900, 51.889, 10) && v.shows(0.950, 51.850, 10));
        robot.clickOn(map).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), map.markedIdsProperty().get());
    }

    @Test
    void theLayersPanelHidesALayer(FxRobot robot) {
        robot.clickOn(map).type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#layer-" + AssetLayer.ID).query());
        robot.clickOn("#layer-" + AssetLayer.ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.renderer().layers().entry(AssetLayer.ID).map(e -> !e.visible()).orElse(false));
    }

    @Test
    void aClickWhilePlacingPicksTheLocationUnderThePointerAndStopsPlacing(FxRobot robot) {
        List<GeoPoint> picked = new java.util.ArrayList<>();
        robot.interact(() -> {
            map.onLocationPickedProperty().set(picked::add);
            map.placingProperty().set(true);
        });
        javafx.geometry.Point2D corner = map.localToScreen(0, 0);
        robot.clickOn(corner.getX() + 200, corner.getY() + 150);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, picked.size());
        MapViewport v = map.getViewport();
        assertEquals(v.longitudeAt(200), picked.get(0).lon(), 1e-6);
        assertEquals(v.latitudeAt(150), picked.get(0).lat(), 1e-6);
        assertTrue(!map.placingProperty().get(), "one click places, then the map is back to normal");
        assertEquals(0, map.getSelectedAssetId(), "the click did not select anything");

        robot.clickOn(corner.getX() + 300, corner.getY() + 200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, picked.size(), "a click when not placing picks nothing");
    }

    @Test
    void escapeStopsPlacing(FxRobot robot) {
        robot.interact(() -> map.placingProperty().set(true));
        robot.interact(map::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!map.placingProperty().get());
    }

    @Test
    void thePinSitsOnItsLocationAndDraggingItMovesTheLocation(FxRobot robot) {
        List<GeoPoint> picked = new java.util.ArrayList<>();
        robot.interact(() -> {
            map.onLocationPickedProperty().set(p -> {
                picked.add(p);
                map.pinProperty().set(p); // as the editor does when it takes the new location
            });
            map.pinProperty().set(new GeoPoint(51.889, 0.900));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node pin = robot.lookup("#mapPin").query();
        assertTrue(pin.isVisible());
        MapViewport v = map.getViewport();
        javafx.geometry.Bounds b = pin.getBoundsInParent();
        assertEquals(v.screenX(0.900), (b.getMinX() + b.getMaxX()) / 2, 2.0, "the pin's tip is on the location");
        assertEquals(v.screenY(51.889), b.getMaxY(), 3.0);

        javafx.geometry.Point2D grab = pin.localToScreen(12, 10);
        robot.drag(grab.getX(), grab.getY(), javafx.scene.input.MouseButton.PRIMARY).moveBy(40, 25).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, picked.size());
        assertEquals(v.longitudeAt(v.screenX(0.900) + 40), picked.get(0).lon(), 1e-4);
        assertEquals(v.latitudeAt(v.screenY(51.889) + 25), picked.get(0).lat(), 1e-4);
        assertEquals(v, map.getViewport(), "dragging the pin does not pan the map");

        robot.interact(() -> map.pinProperty().set(null));
        assertTrue(!pin.isVisible());
    }
}
