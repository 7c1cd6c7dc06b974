package org.assetatlas.ui.map;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.assetatlas.analysis.Bivariate;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.map.ChoroplethLayer;
import org.assetatlas.map.Legend;
import org.assetatlas.map.MapLayer;
import org.assetatlas.map.Palettes;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ThematicMaps.Theme;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.map.ThematicBarViewModel.ExportSize;

/**
 * A bar above the map for shading areas by a measure: the theme (asset count, assets per 1,000 residents, the IMD,
 * need against supply), the areas (the levels the project has), the domain of assets counted and the class breaks,
 * with the classed legend beneath. The choropleth becomes a layer of the map's layer stack (below the assets), so
 * the layers panel can hide, fade or reorder it. The bar builds and binds the controls; {@link ThematicBarViewModel}
 * holds the choices and computes the figures off the user-interface thread.
 */
public final class ThematicBar {

    private final MapView map;
    private final ThematicBarViewModel vm;
    private final BorderPane root = new BorderPane();
    private final FlowPane legend = new FlowPane(10, 2);

    private ThematicBar(MapView map, ThematicBarViewModel vm) {
        this.map = map;
        this.vm = vm;
        ChoiceBox<Theme> theme = new ChoiceBox<>(vm.themes());
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        theme.setConverter(converter(Theme::label));
        theme.setId("thematicTheme");
        theme.setTooltip(new Tooltip("Shade areas by a measure (a choropleth map)"));
        ChoiceBox<AreaLevel> level = new ChoiceBox<>(vm.levels());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        level.setConverter(converter(AreaLevel::label));
        level.setId("thematicLevel");
        level.setTooltip(new Tooltip("Which areas to shade"));
        level.disableProperty().bind(vm.levelDisabledProperty());
        ChoiceBox<ClassMethod> method = new ChoiceBox<>(vm.methods());
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setConverter(converter(ClassMethod::label));
        method.setTooltip(new Tooltip("Class breaks for measures without classes of their own (IMD deciles are"
                + " fixed: 1 = most deprived 10% of England)"));
        method.disableProperty().bind(vm.methodDisabledProperty());
        ChoiceBox<Choice<String>> domain = new ChoiceBox<>(vm.domains());
        domain.valueProperty().bindBidirectional(vm.domainProperty());
        domain.setTooltip(new Tooltip("Count only the assets in one domain"));
        domain.disableProperty().bind(vm.domainDisabledProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.getStyleClass().add(Styles.SUBTLE);
        message.textProperty().bind(vm.messageProperty());

        Label shade = new Label("Shade areas");
        shade.setMinWidth(Region.USE_PREF_SIZE);
        Button basemapButton = new Button();
        basemapButton.textProperty().bind(vm.basemapShownProperty().map(shown -> shown ? "No basemap"
                : "Basemap\u2026"));
        basemapButton.setTooltip(new Tooltip("Show a basemap from a local MBTiles file under the map (off by"
                + " default; needs no network)"));
        basemapButton.setId("thematicBasemap");
        basemapButton.setOnAction(e -> chooseBasemap());
        Button exportButton = new Button("Export PNG\u2026");
        exportButton.setTooltip(new Tooltip("Save the map as it is on screen as a PNG image with legend, scale bar"
                + " and attribution, at screen size, twice the size or 300 dpi"));
        exportButton.setId("thematicExport");
        exportButton.setOnAction(e -> exportPng());
        FlowPane controls = new FlowPane(6, 4, shade, theme, level, domain, method, basemapButton, exportButton, busy,
                message);
        controls.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(2, 0, 0, 0));
        legend.managedProperty().bind(legend.visibleProperty());
        showLegend(vm.layerProperty().get());
        vm.layerProperty().addListener((o, a, b) -> showLegend(b));
        Label basemapCredit = new Label();
        basemapCredit.getStyleClass().add(Styles.SUBTLE);
        basemapCredit.managedProperty().bind(basemapCredit.visibleProperty());
        basemapCredit.textProperty().bind(vm.basemapCreditProperty());
        basemapCredit.visibleProperty().bind(vm.basemapShownProperty());
        vm.setRedraw(() -> {
            if (map.getSkin() instanceof MapViewSkin skin) {
                skin.requestRedraw();
            }
        });
        VBox top = new VBox(2, controls, legend, basemapCredit);
        top.setPadding(new Insets(4, 6, 4, 6));
        top.setId("thematicBar");
        root.setTop(top);
        root.setCenter(map);
        BorderPane.setAlignment(map, Pos.CENTER);
    }

    /** The map with the bar above it. */
    public static Node around(MapView map, ObservableValue<AtlasProject> project, UiTasks tasks) {
        return new ThematicBar(map, new ThematicBarViewModel(project, map.renderer(), tasks)).root;
    }

    private void showLegend(ChoroplethLayer layer) {
        legend.getChildren().setAll(layer == null ? List.of() : legendNodes(layer.mapLegend()));
        if (layer != null && !layer.source().isBlank()) {
            Label source = new Label("Source: " + layer.source());
            source.getStyleClass().add(Styles.SUBTLE);
            source.setId("thematicSource");
            legend.getChildren().add(source);
        }
        legend.setVisible(layer != null);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Asks for the size and the file, then has the view model save the map as it is on screen. */
    private void exportPng() {
        if (!vm.canExport(map.getViewport())) {
            return;
        }
        ChoiceDialog<ExportSize> size = new ChoiceDialog<>(ExportSize.SCREEN, ExportSize.values());
        size.setTitle("Export map");
        size.setHeaderText("Save the map as it is on screen as a PNG image");
        size.setContentText("Size");
        var choice = size.showAndWait();
        if (choice.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export map as PNG");
        chooser.setInitialFileName(vm.suggestedExportName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            vm.exportPng(f.toPath(), choice.get(), map.getViewport());
        }
    }

    /** Asks for an MBTiles file for the basemap, or takes the basemap away when one is shown. */
    private void chooseBasemap() {
        if (vm.basemapShownProperty().get()) {
            vm.hideBasemap();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a basemap (MBTiles)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            vm.showBasemap(f.toPath());
        }
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

    private static <T> StringConverter<T> converter(Function<T, String> label) {
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
