package org.assetatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
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
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.assetatlas.map.AreaBoundaryLayer;
import org.assetatlas.map.AreaHighlightLayer;
import org.assetatlas.map.AssetHitTester;
import org.assetatlas.map.AssetLayer;
import org.assetatlas.map.AssetPoints;
import org.assetatlas.map.CursorPosition;
import org.assetatlas.map.LayerStack;
import org.assetatlas.map.MapSelection;
import org.assetatlas.map.MapLayer;
import org.assetatlas.map.TransportLayer;
import org.assetatlas.map.MapViewport;
import org.assetatlas.map.PointClusters;
import org.assetatlas.map.SelectionLayer;
import org.assetatlas.map.Symbology;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.ui.common.Styles;

/**
 * The look and behaviour of {@link MapView}: a canvas drawn by the map renderer, with a place search, a legend,
 * zoom and layer buttons, a layers panel, a north arrow, the pointer's coordinates, a scale bar, the attribution
 * line and a note laid over it.
 */
final class MapViewSkin extends SkinBase<MapView> {

    private static final double DRAG_THRESHOLD = 4;
    private static final double GAP = 10;

    private final Canvas canvas = new Canvas();
    private final VBox legend = new VBox(3);
    private final Label legendTitle = new Label();
    private final VBox legendRows = new VBox(3);
    private final VBox layersPanel = new VBox(6);
    private final ToggleButton layersButton = new ToggleButton("\u2630");
    private final TextField search = new TextField();
    private final Label searchMessage = new Label();
    private final PauseTransition searchMessageTimer = new PauseTransition(Duration.seconds(4));
    private final VBox north = new VBox(-2);
    private final Label coordinates = new Label();
    private final Rectangle band = new Rectangle();
    private final Polygon lasso = new Polygon();
    private final PauseTransition settle = new PauseTransition(Duration.millis(220));
    private final List<Double> lassoPoints = new ArrayList<>();
    private boolean interactiveNext;
    private SelectMode selecting = SelectMode.NONE;
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
    private final javafx.scene.Group pin = new javafx.scene.Group();
    private double pinGrabX;
    private double pinGrabY;
    private boolean pinDragged;

    /** What a drag does. */
    private enum SelectMode { NONE, RECTANGLE, LASSO }

    MapViewSkin(MapView map) {
        super(map);
        buildLegend();
        buttons = buildButtons(map);
        buttons.getChildren().add(layersButton);
        layersButton.setFocusTraversable(false);
        layersButton.setTooltip(new Tooltip("Layers: boundaries, assets, names; visibility, opacity, order (L)"));
        layersButton.setMinSize(30, 30);
        layersButton.setPrefSize(30, 30);
        layersButton.setId("mapLayersButton");
        layersPanel.getStyleClass().add(Styles.MAP_LEGEND);
        layersPanel.setId("mapLayersPanel");
        layersPanel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        layersPanel.visibleProperty().bind(layersButton.selectedProperty());
        layersButton.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                rebuildLayersPanel();
            }
        });
        map.renderer().layers().addListener(() -> {
            if (layersButton.isSelected()) {
                rebuildLayersPanel();
            }
        });
        buildSearch(map);
        buildNorthArrow();
        coordinates.getStyleClass().add(Styles.MAP_NOTE);
        coordinates.setId("mapCoordinates");
        coordinates.setMouseTransparent(true);
        coordinates.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        coordinates.setVisible(false);
        for (javafx.scene.shape.Shape shape : new javafx.scene.shape.Shape[] {band, lasso}) {
            shape.setFill(javafx.scene.paint.Color.rgb(43, 108, 176, 0.12));
            shape.setStroke(javafx.scene.paint.Color.rgb(43, 108, 176, 0.9));
            shape.getStrokeDashArray().setAll(5.0, 4.0);
            shape.setManaged(false);
            shape.setMouseTransparent(true);
            shape.setVisible(false);
        }
        settle.setOnFinished(e -> requestRedraw());
        map.symbologyProperty().addListener((o, a, b) -> refreshLegend());
        map.getAssets().addListener((javafx.collections.ListChangeListener<Asset>) c -> refreshLegend());
        map.renderer().layers().addListener(this::refreshLegend); // e.g. transport shown once a project opens
        refreshLegend();
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

        buildPin(map);
        getChildren().addAll(canvas, pin, band, lasso, note, search, searchMessage, legend, coordinates, scaleBar,
                attribution, buttons, north, layersPanel, hover);

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
            interactiveNext = true;
            m.viewportProperty().set(m.getViewport().zoomBy(levels, e.getX(), e.getY()));
            e.consume();
        });
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        map.placingProperty().addListener((o, a, b) -> canvas.setCursor(b ? Cursor.CROSSHAIR : Cursor.DEFAULT));
    }

    // ---- the pin of the location being edited -----------------------------------------------------------------

    /** Width and height of the pin; its tip, the location, is at the middle of its bottom edge. */
    private static final double PIN_W = 24;
    private static final double PIN_H = 32;

    private void buildPin(MapView map) {
        javafx.scene.shape.SVGPath body = new javafx.scene.shape.SVGPath();
        body.setContent("M12 0C5.4 0 0 5.4 0 12c0 9 12 20 12 20s12-11 12-20C24 5.4 18.6 0 12 0z");
        body.setFill(javafx.scene.paint.Color.rgb(214, 51, 108));
        body.setStroke(javafx.scene.paint.Color.WHITE);
        body.setStrokeWidth(1.5);
        Circle hole = new Circle(12, 12, 4.5, javafx.scene.paint.Color.WHITE);
        hole.setMouseTransparent(true);
        pin.getChildren().setAll(body, hole);
        pin.setManaged(false);
        pin.setVisible(false);
        pin.setCursor(Cursor.OPEN_HAND);
        pin.setId("mapPin");
        pin.getStyleClass().add("map-pin");
        Tooltip.install(pin, new Tooltip("Drag to move the asset's location"));
        pin.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                pinGrabX = e.getSceneX() - pin.getLayoutX();
                pinGrabY = e.getSceneY() - pin.getLayoutY();
                pinDragged = false;
                pin.setCursor(Cursor.CLOSED_HAND);
            }
            e.consume();
        });
        pin.setOnMouseDragged(e -> {
            if (e.isPrimaryButtonDown()) {
                pin.setLayoutX(e.getSceneX() - pinGrabX);
                pin.setLayoutY(e.getSceneY() - pinGrabY);
                pinDragged = true;
            }
            e.consume();
        });
        pin.setOnMouseReleased(e -> {
            pin.setCursor(Cursor.OPEN_HAND);
            if (pinDragged) {
                pinDragged = false;
                getSkinnable().locationPicked(pin.getLayoutX() + PIN_W / 2 - canvas.getLayoutX(),
                        pin.getLayoutY() + PIN_H - canvas.getLayoutY());
                placePin();
            }
            e.consume();
        });
        map.pinProperty().addListener((o, a, b) -> placePin());
    }

    /** Puts the pin's tip on the location being edited, or hides it when there is none or it is off screen. */
    private void placePin() {
        MapView map = getSkinnable();
        var at = map == null ? null : map.pinProperty().get();
        MapViewport v = map == null ? null : map.getViewport();
        if (at == null || v == null || pinDragged) {
            pin.setVisible(at != null && pinDragged);
            return;
        }
        double x = v.screenX(at.lon());
        double y = v.screenY(at.lat());
        boolean onScreen = x >= -PIN_W && y >= 0 && x <= canvas.getWidth() + PIN_W && y <= canvas.getHeight() + PIN_H;
        pin.setVisible(onScreen);
        pin.setLayoutX(canvas.getLayoutX() + x - PIN_W / 2);
        pin.setLayoutY(canvas.getLayoutY() + y - PIN_H);
    }

    // ---- overlays ---------------------------------------------------------------------------------------------

    private void buildLegend() {
        legendTitle.getStyleClass().add(Styles.MAP_LEGEND_TITLE);
        legendTitle.setTooltip(new Tooltip("Show or hide the legend"));
        legendRows.managedProperty().bind(legendRows.visibleProperty());
        legendTitle.setOnMouseClicked(e -> {
            legendRows.setVisible(!legendRows.isVisible());
            refreshLegend();
        });
        legend.getChildren().setAll(legendTitle, legendRows);
        legend.getStyleClass().add(Styles.MAP_LEGEND);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setId("mapLegend");
    }

    /** The legend of the asset symbols in use (categories or domains), with what faded means. */
    private void refreshLegend() {
        MapView map = getSkinnable();
        AssetLayer layer = map.renderer().assetLayer();
        String what = layer.symbology() == Symbology.CATEGORY ? "Asset categories" : "Asset domains";
        legendTitle.setText(what + "  " + (legendRows.isVisible() ? "\u25be" : "\u25b8"));
        legendRows.getChildren().clear();
        for (MapLayer.LegendItem item : layer.legend()) {
            legendRows.getChildren().add(legendRow(item.argb(), item.label()));
        }
        if (layer.clustering()) {
            legendRows.getChildren().add(new Label("Rings: the mix in a cluster"));
        }
        map.renderer().layers().entry(TransportLayer.ID).filter(LayerStack.Entry::visible).ifPresent(e -> {
            for (MapLayer.LegendItem item : e.layer().legend()) {
                legendRows.getChildren().add(item.shape() == MapLayer.LegendItem.Shape.LINE
                        ? lineRow(item.argb(), item.label()) : legendRow(item.argb(), item.label()));
            }
        });
    }

    private static HBox lineRow(int argb, String text) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 12, 0);
        line.setStroke(FxCanvasSurface.colour(argb));
        line.setStrokeWidth(3);
        HBox row = new HBox(5, line, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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
        Button selection = mapButton("\u2b1a", "Zoom to the selection", map::zoomToSelection);
        VBox box = new VBox(2, in, out, all, selection);
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
        search.setPrefWidth(Math.min(240, Math.max(120, w - 120)));
        layoutInArea(search, x + GAP, y + GAP, w - 2 * GAP - 50, h, 0, HPos.LEFT, VPos.TOP);
        double belowSearch = y + GAP + search.prefHeight(-1) + 4;
        layoutInArea(searchMessage, x + GAP, belowSearch, w - 2 * GAP - 50, h, 0, HPos.LEFT, VPos.TOP);
        layoutInArea(note, x + GAP, belowSearch + (searchMessage.isVisible() ? 26 : 0), w - 2 * GAP - 50, h, 0,
                HPos.LEFT, VPos.TOP);
        layoutInArea(buttons, x, y + GAP, w - GAP, h, 0, HPos.RIGHT, VPos.TOP);
        double buttonsBottom = y + GAP + buttons.prefHeight(-1);
        layoutInArea(north, x, buttonsBottom + 8, w - GAP, h, 0, HPos.RIGHT, VPos.TOP);
        layoutInArea(layersPanel, x, y + GAP, w - GAP - 40, h - 2 * GAP, 0, HPos.RIGHT, VPos.TOP);
        layoutInArea(legend, x + GAP, y, w, h - GAP - 22, 0, HPos.LEFT, VPos.BOTTOM);
        layoutInArea(scaleBar, x, y, w - GAP, h - GAP - 22, 0, HPos.RIGHT, VPos.BOTTOM);
        layoutInArea(coordinates, x, y, w - GAP, h - GAP - 48, 0, HPos.RIGHT, VPos.BOTTOM);
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
        FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
        if (interactiveNext) {
            interactiveNext = false;
            if (!map.renderer().renderInteractive(surface, map.getViewport())) {
                settle.playFromStart();
            }
        } else {
            map.renderer().render(surface, map.getViewport());
        }
        updateScaleBar(map.getViewport());
        placePin();
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

    // ---- search, north arrow, layers panel ------------------------------------------------------------------

    private void buildSearch(MapView map) {
        search.setPromptText("Go to postcode or area\u2026");
        search.setId("mapSearch");
        search.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        search.setTooltip(new Tooltip("A postcode (e.g. CO1 1JE) or the name of a neighbourhood, ward or LSOA;"
                + " Enter to go"));
        search.setOnAction(e -> {
            String message = map.jumpTo(search.getText());
            searchMessage.setText(message == null ? "" : message);
            searchMessage.setVisible(message != null);
            if (message != null) {
                searchMessageTimer.playFromStart();
            } else {
                map.requestFocus();
            }
            map.requestLayout();
        });
        searchMessage.getStyleClass().add(Styles.MAP_NOTE);
        searchMessage.setId("mapSearchMessage");
        searchMessage.setVisible(false);
        searchMessage.setMouseTransparent(true);
        searchMessage.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        searchMessageTimer.setOnFinished(e -> {
            searchMessage.setVisible(false);
            map.requestLayout();
        });
    }

    private void buildNorthArrow() {
        Label arrow = new Label("\u25b2");
        Label n = new Label("N");
        arrow.setStyle("-fx-font-size: 15px; -fx-text-fill: #3c4a5e;");
        n.setStyle("-fx-font-size: 12px; -fx-font-weight: bold; -fx-text-fill: #3c4a5e;");
        north.getChildren().setAll(arrow, n);
        north.setAlignment(Pos.CENTER);
        north.setPrefWidth(30);
        north.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        north.setMouseTransparent(true);
        north.setId("mapNorthArrow");
        Tooltip.install(north, new Tooltip("North is up"));
    }

    /** One row per layer, top layer first: shown, opacity, up and down; then the asset symbols and clustering. */
    private void rebuildLayersPanel() {
        MapView map = getSkinnable();
        LayerStack stack = map.renderer().layers();
        Label title = new Label("Layers");
        title.getStyleClass().add(Styles.MAP_LEGEND_TITLE);
        layersPanel.getChildren().setAll(title);
        List<LayerStack.Entry> entries = new ArrayList<>(stack.entries());
        java.util.Collections.reverse(entries);
        for (LayerStack.Entry e : entries) {
            MapLayer layer = e.layer();
            if (layer instanceof SelectionLayer || layer instanceof AreaHighlightLayer) {
                continue;
            }
            if (layer instanceof AreaBoundaryLayer b && map.renderer().areas().level(b.level()).isEmpty()) {
                continue;
            }
            layersPanel.getChildren().add(layerRow(map, stack, e));
        }
        ChoiceBox<Symbology> symbols = new ChoiceBox<>();
        symbols.getItems().setAll(Symbology.values());
        symbols.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Symbology s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Symbology fromString(String text) {
                return null;
            }
        });
        symbols.setValue(map.symbologyProperty().get());
        symbols.valueProperty().addListener((o, a, b) -> map.symbologyProperty().set(b));
        symbols.setId("mapSymbology");
        CheckBox cluster = new CheckBox("Cluster when zoomed out");
        cluster.setSelected(map.clusteringProperty().get());
        cluster.selectedProperty().addListener((o, a, b) -> map.clusteringProperty().set(b));
        cluster.setId("mapClustering");
        HBox symbolRow = new HBox(6, new Label("Colour assets by"), symbols);
        symbolRow.setAlignment(Pos.CENTER_LEFT);
        layersPanel.getChildren().addAll(new Separator(), symbolRow, cluster);
    }

    private HBox layerRow(MapView map, LayerStack stack, LayerStack.Entry e) {
        MapLayer layer = e.layer();
        CheckBox shown = new CheckBox(layer.title());
        shown.setSelected(e.visible());
        shown.setPrefWidth(130);
        shown.setId("layer-" + layer.id());
        shown.selectedProperty().addListener((o, a, b) -> {
            if (layer instanceof AreaBoundaryLayer boundary) {
                if (b) {
                    map.getLevels().add(boundary.level());
                } else {
                    map.getLevels().remove(boundary.level());
                }
            } else {
                stack.setVisible(layer.id(), b);
            }
        });
        Slider opacity = new Slider(0, 1, e.opacity());
        opacity.setPrefWidth(80);
        opacity.setTooltip(new Tooltip("Opacity"));
        opacity.valueChangingProperty().addListener((o, a, b) -> {
            if (!b) {
                stack.setOpacity(layer.id(), opacity.getValue());
            }
        });
        opacity.setOnMouseReleased(ev -> stack.setOpacity(layer.id(), opacity.getValue()));
        Button up = smallButton("\u25b2", "Move up (draw over the layer above)", () -> stack.raise(layer.id()));
        Button down = smallButton("\u25bc", "Move down", () -> stack.lower(layer.id()));
        HBox row = new HBox(6, shown, opacity, up, down);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button smallButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(ev -> action.run());
        b.setStyle("-fx-font-size: 9px; -fx-padding: 2 5 2 5;");
        return b;
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

    /**
     * The asset under the pointer that is drawn as itself (not hidden in a cluster), or 0.
     */
    private long assetAt(double x, double y) {
        MapView map = getSkinnable();
        long id = hitTester().nearest(x, y);
        if (id == 0) {
            return 0;
        }
        AssetLayer layer = map.renderer().assetLayer();
        PointClusters c = layer.lastClusters();
        if (c == null || !map.getViewport().equals(layer.lastViewport())) {
            return layer.clusters(map.getViewport()) ? 0 : id;
        }
        int i = map.renderer().points().indexOf(id);
        int k = i < 0 ? -1 : c.clusterOf(i);
        return k >= 0 && c.size(k) == 1 ? id : 0;
    }

    /** The cluster under the pointer in the frame on screen, or -1. */
    private int clusterAt(double x, double y) {
        MapView map = getSkinnable();
        AssetLayer layer = map.renderer().assetLayer();
        return map.getViewport().equals(layer.lastViewport()) ? layer.clusterAt(x, y) : -1;
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        selecting = SelectMode.NONE;
        if (e.isPrimaryButtonDown() && e.isShiftDown()) {
            selecting = SelectMode.RECTANGLE;
        } else if (e.isPrimaryButtonDown() && (e.isShortcutDown() || e.isAltDown())) {
            selecting = SelectMode.LASSO;
            lassoPoints.clear();
            lassoPoints.add(pressX);
            lassoPoints.add(pressY);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown() && !e.isMiddleButtonDown()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            canvas.setCursor(selecting == SelectMode.NONE ? Cursor.CLOSED_HAND : Cursor.CROSSHAIR);
            hover.setVisible(false);
        }
        if (dragging) {
            switch (selecting) {
                case RECTANGLE -> {
                    band.setX(Math.min(pressX, e.getX()));
                    band.setY(Math.min(pressY, e.getY()));
                    band.setWidth(Math.abs(e.getX() - pressX));
                    band.setHeight(Math.abs(e.getY() - pressY));
                    band.setVisible(true);
                }
                case LASSO -> {
                    lassoPoints.add(e.getX());
                    lassoPoints.add(e.getY());
                    lasso.getPoints().setAll(lassoPoints);
                    lasso.setVisible(true);
                }
                default -> getSkinnable().panBy(e.getX() - lastX, e.getY() - lastY);
            }
            lastX = e.getX();
            lastY = e.getY();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        MapView map = getSkinnable();
        if (dragging) {
            dragging = false;
            canvas.setCursor(map.placingProperty().get() ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            if (selecting == SelectMode.RECTANGLE) {
                double[] ring = {band.getX(), band.getY(), band.getX() + band.getWidth(), band.getY(),
                    band.getX() + band.getWidth(), band.getY() + band.getHeight(), band.getX(),
                    band.getY() + band.getHeight()};
                map.setMarkedIds(MapSelection.inside(map.renderer().points(), map.getViewport(), ring));
            } else if (selecting == SelectMode.LASSO) {
                double[] ring = new double[lassoPoints.size()];
                for (int i = 0; i < ring.length; i++) {
                    ring[i] = lassoPoints.get(i);
                }
                map.setMarkedIds(MapSelection.inside(map.renderer().points(), map.getViewport(), ring));
            }
            band.setVisible(false);
            lasso.setVisible(false);
            selecting = SelectMode.NONE;
        } else if (e.getButton() == MouseButton.PRIMARY && map.placingProperty().get()) {
            map.locationPicked(e.getX(), e.getY());
        } else if (e.getButton() == MouseButton.PRIMARY) {
            int cluster = clusterAt(e.getX(), e.getY());
            if (e.getClickCount() == 2) {
                map.viewportProperty().set(map.getViewport().zoomBy(1, e.getX(), e.getY()));
            } else if (cluster >= 0) {
                expandCluster(cluster);
            } else {
                map.selectedAssetIdProperty().set(assetAt(e.getX(), e.getY()));
            }
        }
        e.consume();
    }

    /** Zooms so that a cluster's assets spread out: to their extent, and at least two levels in. */
    private void expandCluster(int k) {
        MapView map = getSkinnable();
        PointClusters c = map.renderer().assetLayer().lastClusters();
        MapViewport v = map.getViewport();
        MapViewport fitted = v.fitMercator(c.mercatorBounds(k), MapView.FIT_PADDING * 2);
        if (fitted.zoom() < v.zoom() + 2) {
            fitted = v.zoomAbout(c.x(k), c.y(k), v.zoom() + 2).centredAt(
                    v.longitudeAt(c.x(k)), v.latitudeAt(c.y(k)));
        }
        interactiveNext = true;
        map.viewportProperty().set(fitted);
    }

    private void moved(MouseEvent e) {
        MapView map = getSkinnable();
        MapViewport v = map.getViewport();
        coordinates.setText(CursorPosition.describe(v.longitudeAt(e.getX()), v.latitudeAt(e.getY())));
        coordinates.setVisible(true);
        if (map.placingProperty().get()) {
            canvas.setCursor(Cursor.CROSSHAIR);
            showHover("Click to place the asset here (Esc to stop)", e);
            return;
        }
        int cluster = clusterAt(e.getX(), e.getY());
        if (cluster >= 0) {
            canvas.setCursor(Cursor.HAND);
            showHover(clusterText(cluster), e);
            return;
        }
        long id = assetAt(e.getX(), e.getY());
        Asset a = id == 0 ? null : map.asset(id);
        if (a == null) {
            hover.setVisible(false);
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        canvas.setCursor(Cursor.HAND);
        showHover(a.name() + (a.status() == AssetStatus.ACTIVE ? ""
                : " (" + a.status().label().toLowerCase(Locale.ROOT) + ")"), e);
    }

    /** "214 assets: 80 Associations, 51 Institutions, 40 Economic, … (click to zoom in)". */
    private String clusterText(int k) {
        MapView map = getSkinnable();
        AssetLayer layer = map.renderer().assetLayer();
        PointClusters c = layer.lastClusters();
        AssetPoints pts = layer.points();
        List<int[]> mix = new ArrayList<>();
        for (int cls = 0; cls < c.classes(); cls++) {
            if (c.classCount(k, cls) > 0) {
                mix.add(new int[] {cls, c.classCount(k, cls)});
            }
        }
        mix.sort((p, q) -> Integer.compare(q[1], p[1]));
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d assets: ", c.size(k)));
        for (int i = 0; i < Math.min(4, mix.size()); i++) {
            b.append(i == 0 ? "" : ", ").append(mix.get(i)[1]).append(' ')
                    .append(layer.symbology().className(pts, mix.get(i)[0]));
        }
        if (mix.size() > 4) {
            b.append(", \u2026");
        }
        int inactive = c.size(k) - c.activeCount(k);
        if (inactive > 0) {
            b.append(String.format(Locale.ROOT, "; %,d paused or closed", inactive));
        }
        return b.append("\nClick to zoom in").toString();
    }

    private void showHover(String text, MouseEvent e) {
        hover.setText(text);
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
        interactiveNext = true;
        map.viewportProperty().set(map.getViewport().zoomBy(levels, e.getX(), e.getY()));
        hover.setVisible(false);
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() == search) {
            return;
        }
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
            case L -> layersButton.setSelected(!layersButton.isSelected());
            case ESCAPE -> {
                if (map.placingProperty().get()) {
                    map.placingProperty().set(false);
                    hover.setVisible(false);
                    break;
                }
                if (map.markedIdsProperty().get().isEmpty()) {
                    return;
                }
                map.setMarkedIds(List.of());
            }
            default -> {
                if (e.getCode() == KeyCode.F && e.isShortcutDown()) {
                    search.requestFocus();
                    break;
                }
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
