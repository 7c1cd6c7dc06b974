package org.assetatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.assetatlas.analysis.Bivariate;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.map.AreaHighlightLayer;
import org.assetatlas.map.ChoroplethLayer;
import org.assetatlas.map.LayerStack;
import org.assetatlas.map.Legend;
import org.assetatlas.map.MapLayer;
import org.assetatlas.map.Palettes;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ChangeScope;
import org.assetatlas.service.ThematicMaps;
import org.assetatlas.service.ThematicMaps.Theme;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.UiTasks;

/**
 * A bar above the map for shading areas by a measure: the theme (asset count, assets per 1,000 residents, the IMD,
 * need against supply), the areas (LSOA, ward, neighbourhood), the domain of assets counted and the class breaks,
 * with the classed legend beneath. The choropleth becomes a layer of the map's layer stack (below the assets), so
 * the layers panel can hide, fade or reorder it. The figures are computed off the user-interface thread.
 */
public final class ThematicBar {

    private static final String ANY_DOMAIN = "Any domain";

    private final MapView map;
    private final ObservableValue<AtlasProject> project;
    private final UiTasks tasks;
    private final BorderPane root = new BorderPane();
    private final ChoiceBox<Theme> theme = new ChoiceBox<>();
    private final ChoiceBox<AreaLevel> level = new ChoiceBox<>();
    private final ChoiceBox<String> domain = new ChoiceBox<>();
    private final ChoiceBox<ClassMethod> method = new ChoiceBox<>();
    private final FlowPane legend = new FlowPane(10, 2);
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final javafx.scene.control.Button basemapButton = new javafx.scene.control.Button("Basemap\u2026");
    private final Label basemapCredit = new Label();
    private final javafx.scene.control.Button exportButton = new javafx.scene.control.Button("Export PNG\u2026");
    private org.assetatlas.map.TileSource basemap;
    private final AtomicLong generation = new AtomicLong();
    private final Runnable projectChanged = () -> Platform.runLater(this::refresh);
    private AtlasProject listening;

    private ThematicBar(MapView map, ObservableValue<AtlasProject> project, UiTasks tasks) {
        this.map = map;
        this.project = project;
        this.tasks = tasks;
        theme.getItems().setAll(Theme.NONE, Theme.COUNT, Theme.PER1000, Theme.IMD, Theme.BIVARIATE);
        theme.setValue(Theme.NONE);
        theme.setConverter(converter(Theme::label));
        theme.setId("thematicTheme");
        theme.setTooltip(new Tooltip("Shade areas by a measure (a choropleth map)"));
        level.getItems().setAll(AreaLevel.LSOA, AreaLevel.WARD, AreaLevel.NEIGHBOURHOOD);
        level.setValue(AreaLevel.LSOA);
        level.setConverter(converter(AreaLevel::label));
        level.setId("thematicLevel");
        method.getItems().setAll(ClassMethod.NATURAL_BREAKS, ClassMethod.QUANTILE, ClassMethod.EQUAL_INTERVAL);
        method.setValue(ClassMethod.NATURAL_BREAKS);
        method.setConverter(converter(ClassMethod::label));
        method.setTooltip(new Tooltip("Class breaks for measures without classes of their own (IMD deciles are"
                + " fixed: 1 = most deprived 10% of England)"));
        domain.getItems().setAll(ANY_DOMAIN);
        domain.setValue(ANY_DOMAIN);
        domain.setTooltip(new Tooltip("Count only the assets in one domain"));
        busy.setPrefSize(16, 16);
        busy.setVisible(false);
        message.getStyleClass().add(Styles.SUBTLE);
        theme.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != Theme.NONE && a != null && b.defaultLevel() != a.defaultLevel()) {
                level.setValue(b.defaultLevel());
            }
            refresh();
        });
        level.valueProperty().addListener((o, a, b) -> refresh());
        method.valueProperty().addListener((o, a, b) -> refresh());
        domain.valueProperty().addListener((o, a, b) -> refresh());
        project.addListener((o, a, b) -> projectSwitched(b));

        Label shade = new Label("Shade areas");
        shade.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        level.setTooltip(new Tooltip("Which areas to shade"));
        basemapButton.setTooltip(new Tooltip("Show a basemap from a local MBTiles file under the map (off by"
                + " default; needs no network)"));
        basemapButton.setId("thematicBasemap");
        basemapButton.setOnAction(e -> chooseBasemap());
        exportButton.setTooltip(new Tooltip("Save the map as it is on screen as a PNG image with legend, scale bar"
                + " and attribution, at screen size, twice the size or 300 dpi"));
        exportButton.setId("thematicExport");
        exportButton.setOnAction(e -> exportPng());
        FlowPane controls = new FlowPane(6, 4, shade, theme, level, domain, method, basemapButton, exportButton, busy,
                message);
        controls.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(2, 0, 0, 0));
        legend.managedProperty().bind(legend.visibleProperty());
        basemapCredit.getStyleClass().add(Styles.SUBTLE);
        basemapCredit.managedProperty().bind(basemapCredit.visibleProperty());
        basemapCredit.setVisible(false);
        VBox top = new VBox(2, controls, legend, basemapCredit);
        top.setPadding(new Insets(4, 6, 4, 6));
        top.setId("thematicBar");
        root.setTop(top);
        root.setCenter(map);
        BorderPane.setAlignment(map, Pos.CENTER);
        projectSwitched(project.getValue());
    }

    /** The map with the bar above it. */
    public static Node around(MapView map, ObservableValue<AtlasProject> project, UiTasks tasks) {
        return new ThematicBar(map, project, tasks).root;
    }

    private void projectSwitched(AtlasProject p) {
        if (listening != null) {
            listening.removeChangeListener(projectChanged);
        }
        listening = p;
        domain.getItems().setAll(ANY_DOMAIN);
        if (p != null) {
            p.addChangeListener(ChangeScope.ASSETS, projectChanged);
            domain.getItems().addAll(p.framework().names());
        }
        domain.setValue(ANY_DOMAIN);
        refresh();
    }

    private void refresh() {
        long gen = generation.incrementAndGet();
        Theme t = theme.getValue();
        AtlasProject p = project.getValue();
        boolean on = p != null && t != null && t != Theme.NONE;
        level.setDisable(!on);
        method.setDisable(!on || t == Theme.IMD && level.getValue() == AreaLevel.LSOA || t == Theme.BIVARIATE);
        domain.setDisable(!on || t == Theme.IMD);
        if (!on) {
            show(null);
            message.setText("");
            return;
        }
        String d = ANY_DOMAIN.equals(domain.getValue()) ? null : domain.getValue();
        ThematicMaps.Thematic wanted = new ThematicMaps.Thematic(t, level.getValue(), d, method.getValue(), 5);
        busy.setVisible(true);
        tasks.background(() -> ThematicMaps.prepare(p, wanted), (prepared, error) -> {
            if (gen != generation.get()) {
                return; // a newer choice superseded this one
            }
            busy.setVisible(false);
            if (error != null) {
                message.setText(error.getMessage());
                show(null);
            } else {
                message.setText("");
                show(prepared.toLayer(map.renderer().areas(), map.renderer().style()));
            }
        });
    }

    private void show(ChoroplethLayer layer) {
        LayerStack stack = map.renderer().layers();
        boolean visible = stack.entry(ChoroplethLayer.ID).map(LayerStack.Entry::visible).orElse(true);
        double opacity = stack.entry(ChoroplethLayer.ID).map(LayerStack.Entry::opacity).orElse(1.0);
        stack.remove(ChoroplethLayer.ID);
        if (layer != null) {
            stack.insertBelow(AreaHighlightLayer.ID, new LayerStack.Entry(layer, visible, opacity));
        }
        legend.getChildren().setAll(layer == null ? List.of() : legendNodes(layer.mapLegend()));
        if (layer != null && !layer.source().isBlank()) {
            Label source = new Label("Source: " + layer.source());
            source.getStyleClass().add(Styles.SUBTLE);
            source.setId("thematicSource");
            legend.getChildren().add(source);
        }
        legend.setVisible(layer != null);
    }

    /**
     * Saves the current view as a PNG: the same layers, with the thematic legend, asset symbols, north arrow, scale
     * bar and the project's (and basemap's) attribution, at screen size, 2× or 300 dpi.
     */
    private void exportPng() {
        AtlasProject p = project.getValue();
        if (p == null || map.getViewport().width() < 16) {
            return;
        }
        javafx.scene.control.ChoiceDialog<String> size = new javafx.scene.control.ChoiceDialog<>("Screen size",
                "Screen size", "Twice the size (2\u00d7)", "Print, 300 dpi");
        size.setTitle("Export map");
        size.setHeaderText("Save the map as it is on screen as a PNG image");
        size.setContentText("Size");
        var choice = size.showAndWait();
        if (choice.isEmpty()) {
            return;
        }
        double dpi = choice.get().startsWith("Twice") ? 192 : choice.get().startsWith("Print") ? 300 : 96;
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export map as PNG");
        chooser.setInitialFileName(p.name().replaceAll("[^A-Za-z0-9 _-]", "") + " map.png");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG image", "*.png"));
        java.io.File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) {
            return;
        }
        String credit = p.attribution();
        ChoroplethLayer c = map.renderer().layers().entry(ChoroplethLayer.ID).map(e -> (ChoroplethLayer) e.layer())
                .orElse(null);
        if (c != null && !c.source().isBlank() && !credit.contains(c.source())) {
            credit += "\n" + c.source();
        }
        if (basemap != null) {
            credit += "\n" + basemap.attribution();
        }
        try {
            // the live renderer is not thread-safe, so it draws here; a map image takes well under a second
            java.awt.image.BufferedImage img = org.assetatlas.map.MapExport.render(map.renderer(), map.getViewport(),
                    dpi / org.assetatlas.map.MapExport.SCREEN_DPI, new org.assetatlas.map.MapExport.Furniture(p.name(),
                            credit, true, true, true));
            org.assetatlas.map.MapExport.writePng(img, f.toPath(), dpi);
            message.setText("Saved " + f.getName() + " (" + img.getWidth() + " \u00d7 " + img.getHeight() + " px)");
        } catch (java.io.IOException | RuntimeException e) {
            message.setText("Could not save the map: " + e.getMessage());
        }
    }

    /** Chooses an MBTiles file for the basemap, or takes the basemap away when one is shown. */
    private void chooseBasemap() {
        LayerStack stack = map.renderer().layers();
        String district = org.assetatlas.map.AreaBoundaryLayer.idFor(AreaLevel.DISTRICT);
        if (basemap != null) {
            stack.remove(org.assetatlas.map.BasemapLayer.ID);
            basemap.close();
            basemap = null;
            stack.setVisible(district, true);
            basemapButton.setText("Basemap\u2026");
            basemapCredit.setVisible(false);
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Choose a basemap (MBTiles)");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
        java.io.File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            basemap = ThematicMaps.mbtiles(f.toPath());
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
            return;
        }
        org.assetatlas.map.BasemapLayer layer = new org.assetatlas.map.BasemapLayer(basemap);
        layer.setOnTiles(() -> Platform.runLater(() -> {
            if (map.getSkin() instanceof MapViewSkin skin) {
                skin.requestRedraw();
            }
        }));
        stack.insertBelow(stack.entries().get(0).layer().id(), new LayerStack.Entry(layer, true, 1.0));
        stack.setVisible(district, false); // its white land would hide the tiles
        basemapButton.setText("No basemap");
        basemapCredit.setText("Basemap: " + basemap.attribution());
        basemapCredit.setVisible(true);
    }

    private static List<Node> legendNodes(Legend l) {
        List<Node> out = new ArrayList<>();
        Label title = new Label(l.title() + " (" + l.subtitle() + ")");
        title.getStyleClass().add(Styles.MAP_LEGEND_TITLE);
        out.add(title);
        if (l.bivariate() != null) {
            out.add(bivariateKey(l.bivariate()));
        }
        for (MapLayer.LegendItem item : l.items()) {
            Rectangle sw = new Rectangle(14, 12, colour(item.argb()));
            sw.setStroke(Color.gray(0.4));
            sw.setStrokeWidth(0.5);
            HBox row = new HBox(4, sw, new Label(item.label()));
            row.setAlignment(Pos.CENTER_LEFT);
            out.add(row);
        }
        return out;
    }

    private static Node bivariateKey(Bivariate b) {
        GridPane grid = new GridPane();
        grid.setHgap(1);
        grid.setVgap(1);
        for (int supply = 0; supply < Bivariate.SIZE; supply++) {
            for (int need = 0; need < Bivariate.SIZE; need++) {
                grid.add(new Rectangle(14, 10, colour(Palettes.BIVARIATE[supply][need])), need,
                        Bivariate.SIZE - 1 - supply);
            }
        }
        Rectangle red = new Rectangle(12, 10, colour(Palettes.BIVARIATE[0][2]));
        VBox text = new VBox(new Label("\u2192 more need (" + b.needLabels().get(Bivariate.SIZE - 1) + ")"),
                new Label("\u2191 more assets per 1,000 residents"), new HBox(4, red,
                new Label("high need, few assets")));
        HBox box = new HBox(6, grid, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
