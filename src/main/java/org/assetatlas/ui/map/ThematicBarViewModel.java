package org.assetatlas.ui.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.map.AreaBoundaryLayer;
import org.assetatlas.map.AreaHighlightLayer;
import org.assetatlas.map.BasemapLayer;
import org.assetatlas.map.ChoroplethLayer;
import org.assetatlas.map.LayerStack;
import org.assetatlas.map.MapExport;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapViewport;
import org.assetatlas.map.TileSource;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ChangeScope;
import org.assetatlas.service.ThematicMaps;
import org.assetatlas.service.ThematicMaps.Theme;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UiTasks;

/**
 * The state and commands of the "Shade areas" bar above the map: the theme, the areas shaded (the levels the open
 * project has), the domain of assets counted and the class method; the choropleth layer computed for them in the
 * background and put into the map's layer stack below the assets; the basemap from a local MBTiles file; and saving
 * the map as a PNG image.
 *
 * <p>The map's renderer is given to it: the layers it changes are plain drawing objects, not controls, so this
 * class runs without a window.
 */
public final class ThematicBarViewModel {

    /** The label of the domain choice that counts every asset. */
    public static final String ANY_DOMAIN = "Any domain";

    /** The sizes a map image can be saved at. */
    public enum ExportSize {
        /** As large as the map on screen. */
        SCREEN("Screen size", MapExport.SCREEN_DPI),
        /** Twice the size of the map on screen. */
        TWICE("Twice the size (2\u00d7)", 2 * MapExport.SCREEN_DPI),
        /** For print, at 300 dots per inch. */
        PRINT("Print, 300 dpi", 300);

        private final String label;
        private final double dpi;

        ExportSize(String label, double dpi) {
            this.label = label;
            this.dpi = dpi;
        }

        public String label() {
            return label;
        }

        /** The resolution recorded in the image. */
        public double dpi() {
            return dpi;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<AtlasProject> project = new SimpleObjectProperty<>();
    private final MapRenderer renderer;
    private final UiTasks tasks;
    private final ObservableList<Theme> themes = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Theme.NONE, Theme.COUNT, Theme.PER1000, Theme.IMD, Theme.BIVARIATE));
    private final ObservableList<ClassMethod> methods = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(ClassMethod.NATURAL_BREAKS, ClassMethod.QUANTILE,
                    ClassMethod.EQUAL_INTERVAL));
    private final ObservableList<AreaLevel> levelList = FXCollections.observableArrayList();
    private final ObservableList<AreaLevel> levels = FXCollections.unmodifiableObservableList(levelList);
    private final ObservableList<Choice<String>> domainList = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> domains = FXCollections.unmodifiableObservableList(domainList);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.NONE);
    private final ObjectProperty<AreaLevel> level = new SimpleObjectProperty<>(this, "level");
    private final ObjectProperty<Choice<String>> domain = new SimpleObjectProperty<>(this, "domain");
    private final ObjectProperty<ClassMethod> method = new SimpleObjectProperty<>(this, "method",
            ClassMethod.NATURAL_BREAKS);
    private final ReadOnlyBooleanWrapper levelDisabled = new ReadOnlyBooleanWrapper(this, "levelDisabled", true);
    private final ReadOnlyBooleanWrapper domainDisabled = new ReadOnlyBooleanWrapper(this, "domainDisabled", true);
    private final ReadOnlyBooleanWrapper methodDisabled = new ReadOnlyBooleanWrapper(this, "methodDisabled", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ChoroplethLayer> layer = new ReadOnlyObjectWrapper<>(this, "layer");
    private final ReadOnlyBooleanWrapper basemapShown = new ReadOnlyBooleanWrapper(this, "basemapShown", false);
    private final ReadOnlyStringWrapper basemapCredit = new ReadOnlyStringWrapper(this, "basemapCredit", "");
    private final AtomicLong generation = new AtomicLong();
    private final Runnable projectChanged;
    private TileSource basemap;
    private AtlasProject listening;
    private Runnable redraw = () -> { };
    /** True while several choices change together, so that they are computed once at the end. */
    private boolean changing;

    /**
     * @param projectSource the open project, followed as it changes
     * @param renderer      the map's renderer, whose layer stack receives the choropleth and the basemap
     * @param tasks         runs the figures off the user-interface thread
     */
    public ThematicBarViewModel(ObservableValue<AtlasProject> projectSource, MapRenderer renderer, UiTasks tasks) {
        this.renderer = renderer;
        this.tasks = tasks;
        this.projectChanged = () -> tasks.fxExecutor().execute(this::refresh);
        theme.addListener((o, a, b) -> themeChanged(a, b));
        level.addListener((o, a, b) -> refreshUnlessChanging());
        method.addListener((o, a, b) -> refreshUnlessChanging());
        domain.addListener((o, a, b) -> refreshUnlessChanging());
        project.addListener((o, a, b) -> projectSwitched(b));
        project.bind(projectSource);
        if (project.get() == null) {
            projectSwitched(null);
        }
    }

    private void themeChanged(Theme before, Theme now) {
        if (now != null && now != Theme.NONE && before != null && now.defaultLevel() != before.defaultLevel()) {
            changing = true;
            try {
                level.set(levelOr(now.defaultLevel()));
            } finally {
                changing = false;
            }
        }
        refresh();
    }

    private void refreshUnlessChanging() {
        if (!changing) {
            refresh();
        }
    }

    /** The level if the project has it, else the usual default: LSOAs when it has them, otherwise its finest. */
    private AreaLevel levelOr(AreaLevel wanted) {
        if (levelList.contains(wanted)) {
            return wanted;
        }
        if (levelList.contains(AreaLevel.LSOA)) {
            return AreaLevel.LSOA;
        }
        return levelList.isEmpty() ? null : levelList.get(levelList.size() - 1);
    }

    private void projectSwitched(AtlasProject p) {
        if (listening != null) {
            listening.removeChangeListener(projectChanged);
        }
        listening = p;
        changing = true;
        try {
            AreaLevel kept = level.get();
            // a level with a single area (the district, usually) has nothing to compare it with
            levelList.setAll(p == null ? List.of() : p.areaTree().levels().stream()
                    .filter(l -> p.areaTree().areas(l).size() > 1).toList());
            level.set(kept != null && levelList.contains(kept) ? kept : levelOr(AreaLevel.LSOA));
            domainList.setAll(Choice.none(ANY_DOMAIN));
            if (p != null) {
                p.addChangeListener(ChangeScope.ASSETS, projectChanged);
                for (String d : p.framework().names()) {
                    domainList.add(Choice.of(d, d));
                }
            }
            domain.set(domainList.get(0));
        } finally {
            changing = false;
        }
        refresh();
    }

    /** Computes the chosen theme again in the background and shows it when it is ready (and still wanted). */
    public void refresh() {
        long gen = generation.incrementAndGet();
        Theme t = theme.get();
        AtlasProject p = project.get();
        boolean on = p != null && t != null && t != Theme.NONE;
        levelDisabled.set(!on);
        methodDisabled.set(!on || t == Theme.IMD && level.get() == AreaLevel.LSOA || t == Theme.BIVARIATE);
        domainDisabled.set(!on || t == Theme.IMD);
        if (!on) {
            busy.set(false);
            show(null);
            message.set("");
            return;
        }
        String d = domain.get() == null ? null : domain.get().value();
        ThematicMaps.Thematic wanted = new ThematicMaps.Thematic(t, level.get(), d, method.get(), 5);
        busy.set(true);
        tasks.background(() -> ThematicMaps.prepare(p, wanted), (prepared, error) -> {
            if (gen != generation.get()) {
                return; // a newer choice superseded this one
            }
            busy.set(false);
            if (error != null) {
                message.set(error.getMessage());
                show(null);
            } else {
                message.set("");
                show(prepared == null ? null : prepared.toLayer(renderer.areas(), renderer.style()));
            }
        });
    }

    /** Puts the layer in the stack below the highlighted area, keeping whether it was shown and how faded. */
    private void show(ChoroplethLayer next) {
        LayerStack stack = renderer.layers();
        boolean visible = stack.entry(ChoroplethLayer.ID).map(LayerStack.Entry::visible).orElse(true);
        double opacity = stack.entry(ChoroplethLayer.ID).map(LayerStack.Entry::opacity).orElse(1.0);
        stack.remove(ChoroplethLayer.ID);
        if (next != null) {
            stack.insertBelow(AreaHighlightLayer.ID, new LayerStack.Entry(next, visible, opacity));
        }
        layer.set(next);
    }

    /** What to run when basemap tiles arrive after the map was drawn (on the user-interface thread). */
    public void setRedraw(Runnable redraw) {
        this.redraw = redraw == null ? () -> { } : redraw;
    }

    /**
     * Shows a basemap from a local MBTiles file under every other layer, and hides the district layer, whose white
     * land would cover the tiles. A file that cannot be read leaves the map as it was and says why.
     */
    public boolean showBasemap(Path file) {
        if (basemap != null) {
            hideBasemap();
        }
        TileSource source;
        try {
            source = ThematicMaps.mbtiles(file);
        } catch (RuntimeException e) {
            message.set(e.getMessage());
            return false;
        }
        basemap = source;
        LayerStack stack = renderer.layers();
        BasemapLayer tiles = new BasemapLayer(source);
        tiles.setOnTiles(() -> tasks.fxExecutor().execute(redraw));
        stack.insertBelow(stack.entries().get(0).layer().id(), new LayerStack.Entry(tiles, true, 1.0));
        stack.setVisible(AreaBoundaryLayer.idFor(AreaLevel.DISTRICT), false);
        basemapCredit.set("Basemap: " + source.attribution());
        basemapShown.set(true);
        return true;
    }

    /** Takes the basemap away and shows the district layer again. */
    public void hideBasemap() {
        if (basemap == null) {
            return;
        }
        LayerStack stack = renderer.layers();
        stack.remove(BasemapLayer.ID);
        basemap.close();
        basemap = null;
        stack.setVisible(AreaBoundaryLayer.idFor(AreaLevel.DISTRICT), true);
        basemapCredit.set("");
        basemapShown.set(false);
    }

    /** Whether there is a map to save: a project is open and the map is not too small to see. */
    public boolean canExport(MapViewport viewport) {
        return project.get() != null && viewport != null && viewport.width() >= 16;
    }

    /** The file name offered when saving the map: the project's name, without characters files cannot have. */
    public String suggestedExportName() {
        AtlasProject p = project.get();
        return (p == null ? "" : p.name().replaceAll("[^A-Za-z0-9 _-]", "")) + " map.png";
    }

    /** The credits printed on a saved map: the project's, the figures' source and the basemap's. */
    public String exportCredit() {
        AtlasProject p = project.get();
        String credit = p == null ? "" : p.attribution();
        ChoroplethLayer c = renderer.layers().entry(ChoroplethLayer.ID).map(e -> (ChoroplethLayer) e.layer())
                .orElse(null);
        if (c != null && !c.source().isBlank() && !credit.contains(c.source())) {
            credit += "\n" + c.source();
        }
        if (basemap != null) {
            credit += "\n" + basemap.attribution();
        }
        return credit;
    }

    /**
     * Saves the map as it is in this viewport as a PNG: the same layers with the thematic legend, asset symbols,
     * north arrow, scale bar and attribution. The renderer is not thread-safe, so this draws at once, on the calling
     * thread (a map image takes well under a second). Says in the message what was saved, or why nothing was.
     */
    public boolean exportPng(Path file, ExportSize size, MapViewport viewport) {
        AtlasProject p = project.get();
        if (!canExport(viewport) || file == null || size == null) {
            return false;
        }
        try {
            BufferedImage img = MapExport.render(renderer, viewport, size.dpi() / MapExport.SCREEN_DPI,
                    new MapExport.Furniture(p.name(), exportCredit(), true, true, true));
            MapExport.writePng(img, file, size.dpi(), p.file());
            message.set("Saved " + file.getFileName() + " (" + img.getWidth() + " \u00d7 " + img.getHeight()
                    + " px)");
            return true;
        } catch (IOException | RuntimeException e) {
            message.set("Could not save the map: " + e.getMessage());
            return false;
        }
    }

    public ObservableValue<AtlasProject> projectProperty() {
        return project;
    }

    /** The themes on offer, "None" first. */
    public ObservableList<Theme> themes() {
        return themes;
    }

    /** The levels the open project has areas at, largest first. */
    public ObservableList<AreaLevel> levels() {
        return levels;
    }

    /** "Any domain", then the project's domains. */
    public ObservableList<Choice<String>> domains() {
        return domains;
    }

    public ObservableList<ClassMethod> methods() {
        return methods;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<AreaLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<Choice<String>> domainProperty() {
        return domain;
    }

    public ObjectProperty<ClassMethod> methodProperty() {
        return method;
    }

    /** True when no theme is shown, so the level does not matter. */
    public ReadOnlyBooleanProperty levelDisabledProperty() {
        return levelDisabled.getReadOnlyProperty();
    }

    /** True when the theme counts no assets (none, or the IMD). */
    public ReadOnlyBooleanProperty domainDisabledProperty() {
        return domainDisabled.getReadOnlyProperty();
    }

    /** True when the theme has classes of its own (IMD deciles of LSOAs, need against supply) or none is shown. */
    public ReadOnlyBooleanProperty methodDisabledProperty() {
        return methodDisabled.getReadOnlyProperty();
    }

    /** True while the figures are being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why a theme cannot be shown, or what was saved; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The choropleth shown on the map, or null; its legend is drawn beneath the bar. */
    public ReadOnlyObjectProperty<ChoroplethLayer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty basemapShownProperty() {
        return basemapShown.getReadOnlyProperty();
    }

    /** The basemap's attribution, shown while it is; empty otherwise. */
    public ReadOnlyStringProperty basemapCreditProperty() {
        return basemapCredit.getReadOnlyProperty();
    }
}
