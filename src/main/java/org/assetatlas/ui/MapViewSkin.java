package org.assetatlas.ui;

import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.assetatlas.map.AssetHitTester;
import org.assetatlas.map.AssetPoints;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;

/**
 * The look and behaviour of {@link MapView}: a canvas drawn by the map renderer, with a legend, zoom buttons, a
 * scale bar, the attribution line and a note laid over it.
 */
final class MapViewSkin extends SkinBase<MapView> {

    private static final double DRAG_THRESHOLD = 4;
    private static final double GAP = 10;

    private final Canvas canvas = new Canvas();
    private final VBox legend;
    private final Label attribution = new Label();
    private final Label note = new Label();
    private final Label hover = new Label();
    private final VBox buttons;
    private final HBox scaleBar;
    private final Label scaleLabel = new Label();
    private final Line scaleLine = new Line();
    private boolean redrawPending;
    private AssetHitTester hitTester;
    private AssetPoints hitPoints;
    private MapViewport hitViewport;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    MapViewSkin(MapView map) {
        super(map);
        legend = buildLegend(map.renderer().style());
        buttons = buildButtons(map);
        scaleBar = new HBox(6, scaleLine, scaleLabel);
        scaleBar.setAlignment(Pos.CENTER_LEFT);
        scaleBar.getStyleClass().add(Styles.MAP_SCALE);
        scaleBar.setMouseTransparent(true);
        scaleBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        scaleLine.getStyleClass().add("scale-line");

        attribution.getStyleClass().add(Styles.MAP_ATTRIBUTION);
        attribution.setMaxHeight(Region.USE_PREF_SIZE);
        attribution.textProperty().bind(map.attributionProperty());
        attribution.visibleProperty().bind(map.attributionProperty().isNotEmpty());
        Tooltip attributionTip = new Tooltip();
        attributionTip.textProperty().bind(map.attributionProperty());
        attributionTip.setWrapText(true);
        attributionTip.setMaxWidth(480);
        attribution.setTooltip(attributionTip);

        note.getStyleClass().add(Styles.MAP_NOTE);
        note.textProperty().bind(map.noteProperty());
        note.visibleProperty().bind(map.noteProperty().isNotEmpty());
        note.setMouseTransparent(true);
        note.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        hover.getStyleClass().add(Styles.MAP_TOOLTIP);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);

        getChildren().addAll(canvas, note, legend, scaleBar, attribution, buttons, hover);

        map.viewportProperty().addListener((o, a, b) -> requestRedraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            MapView m = getSkinnable();
            double levels = Math.log(e.getZoomFactor()) / Math.log(2);
            m.viewportProperty().set(m.getViewport().zoomBy(levels, e.getX(), e.getY()));
            e.consume();
        });
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    // ---- overlays ---------------------------------------------------------------------------------------------

    private static VBox buildLegend(MapStyle style) {
        Label title = new Label("Asset categories  \u25be");
        title.getStyleClass().add(Styles.MAP_LEGEND_TITLE);
        title.setTooltip(new Tooltip("Show or hide the legend"));
        VBox rows = new VBox(3);
        for (AbcdCategory c : AbcdCategory.values()) {
            rows.getChildren().add(legendRow(style.pointFill(c, AssetStatus.ACTIVE), c.label()));
        }
        rows.getChildren().add(legendRow(style.pointFill(AbcdCategory.ASSOCIATIONS, AssetStatus.PAUSED),
                "Faded = paused or closed"));
        rows.managedProperty().bind(rows.visibleProperty());
        title.setOnMouseClicked(e -> {
            rows.setVisible(!rows.isVisible());
            title.setText("Asset categories  " + (rows.isVisible() ? "\u25be" : "\u25b8"));
        });
        VBox box = new VBox(3, title, rows);
        box.getStyleClass().add(Styles.MAP_LEGEND);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private static HBox legendRow(int argb, String text) {
        Circle dot = new Circle(5, FxCanvasSurface.colour(argb));
        dot.setStroke(javafx.scene.paint.Color.WHITE);
        dot.setStrokeWidth(1);
        HBox row = new HBox(7, dot, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox buildButtons(MapView map) {
        Button in = mapButton("+", "Zoom in (+)", map::zoomIn);
        Button out = mapButton("\u2212", "Zoom out (\u2212)", map::zoomOut);
        Button all = mapButton("\u2302", "Zoom to all (0 or Home)", map::zoomToAll);
        VBox box = new VBox(2, in, out, all);
        box.getStyleClass().add(Styles.MAP_BUTTONS);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private static Button mapButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinSize(30, 30);
        b.setPrefSize(30, 30);
        return b;
    }

    // ---- layout and drawing -----------------------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        boolean resized = canvas.getWidth() != w || canvas.getHeight() != h;
        if (resized) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            getSkinnable().resized(w, h);
        }
        canvas.relocate(x, y);
        layoutInArea(note, x + GAP, y + GAP, w - 2 * GAP - 50, h, 0, HPos.LEFT, VPos.TOP);
        layoutInArea(buttons, x, y + GAP, w - GAP, h, 0, HPos.RIGHT, VPos.TOP);
        layoutInArea(legend, x + GAP, y, w, h - GAP - 22, 0, HPos.LEFT, VPos.BOTTOM);
        layoutInArea(scaleBar, x, y, w - GAP, h - GAP - 22, 0, HPos.RIGHT, VPos.BOTTOM);
        attribution.setMaxWidth(Math.max(0, w));
        layoutInArea(attribution, x, y, w, h, 0, HPos.RIGHT, VPos.BOTTOM);
        legend.setVisible(h > 260 && w > 240);
        if (resized) {
            draw();
        }
    }

    void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(this::draw);
        }
    }

    private void draw() {
        redrawPending = false;
        MapView map = getSkinnable();
        if (map == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        map.renderer().render(new FxCanvasSurface(canvas.getGraphicsContext2D()), map.getViewport());
        updateScaleBar(map.getViewport());
    }

    /** A bar of a round length (50 m, 100 m, … 20 km) about 80–160 pixels long. */
    private void updateScaleBar(MapViewport v) {
        double metresPerPixel = Math.cos(Math.toRadians(v.centreLatitude())) * 2 * Math.PI * 6378137 / v.scale();
        double target = metresPerPixel * 110;
        double[] steps = {10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000};
        double len = steps[0];
        for (double s : steps) {
            if (s <= target) {
                len = s;
            }
        }
        double px = Math.round(len / metresPerPixel);
        String text = len >= 1000 ? (int) (len / 1000) + " km" : (int) len + " m";
        if (scaleLine.getEndX() != px || !text.equals(scaleLabel.getText())) {
            scaleLine.setStartX(0);
            scaleLine.setEndX(px);
            scaleLabel.setText(text);
            getSkinnable().requestLayout();
        }
    }

    // ---- interaction ------------------------------------------------------------------------------------------

    private AssetHitTester hitTester() {
        MapView map = getSkinnable();
        AssetPoints pts = map.renderer().points();
        MapViewport v = map.getViewport();
        if (hitTester == null || pts != hitPoints || !v.equals(hitViewport)) {
            hitTester = AssetHitTester.build(pts, v, AssetHitTester.DEFAULT_TOLERANCE);
            hitPoints = pts;
            hitViewport = v;
        }
        return hitTester;
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown() && !e.isMiddleButtonDown()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            canvas.setCursor(Cursor.CLOSED_HAND);
            hover.setVisible(false);
        }
        if (dragging) {
            getSkinnable().panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        MapView map = getSkinnable();
        if (dragging) {
            dragging = false;
            canvas.setCursor(Cursor.DEFAULT);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            if (e.getClickCount() == 2) {
                map.viewportProperty().set(map.getViewport().zoomBy(1, e.getX(), e.getY()));
            } else {
                map.selectedAssetIdProperty().set(hitTester().nearest(e.getX(), e.getY()));
            }
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        long id = hitTester().nearest(e.getX(), e.getY());
        Asset a = id == 0 ? null : getSkinnable().asset(id);
        if (a == null) {
            hover.setVisible(false);
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        canvas.setCursor(Cursor.HAND);
        hover.setText(a.name() + (a.status() == AssetStatus.ACTIVE ? ""
                : " (" + a.status().label().toLowerCase(java.util.Locale.ROOT) + ")"));
        hover.autosize();
        double x = Math.min(e.getX() + 14, canvas.getWidth() - hover.getWidth() - 4);
        double below = e.getY() + 16;
        double y = below + hover.getHeight() > canvas.getHeight() ? e.getY() - hover.getHeight() - 8 : below;
        hover.relocate(Math.max(4, x), y);
        hover.setVisible(true);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double levels = Math.max(-1, Math.min(1, e.getDeltaY() / 80.0));
        MapView map = getSkinnable();
        map.viewportProperty().set(map.getViewport().zoomBy(levels, e.getX(), e.getY()));
        hover.setVisible(false);
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        MapView map = getSkinnable();
        boolean big = e.isShiftDown();
        switch (e.getCode()) {
            case LEFT -> map.panStep(-1, 0, big);
            case RIGHT -> map.panStep(1, 0, big);
            case UP -> map.panStep(0, -1, big);
            case DOWN -> map.panStep(0, 1, big);
            case PLUS, ADD, EQUALS -> map.zoomIn();
            case MINUS, SUBTRACT -> map.zoomOut();
            case DIGIT0, NUMPAD0, HOME -> map.zoomToAll();
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 150;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 480;
    }
}
