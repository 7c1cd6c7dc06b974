package org.assetatlas.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.assetatlas.map.AssetPoints;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.map.ProjectedArea;
import org.assetatlas.map.Symbology;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.locationtech.jts.geom.Envelope;
import org.assetatlas.ui.common.Styles;

/**
 * An interactive map of assets and area boundaries, drawn on a canvas by {@link MapRenderer}.
 *
 * <p>Drag to pan, scroll to zoom about the pointer, click an asset to select it (or empty map to clear the
 * selection), click a cluster to zoom into it; Shift-drag selects the assets in a rectangle and Ctrl-drag (or
 * Alt-drag) draws a lasso round them ({@link #markedIdsProperty()}), Escape clears that selection; with focus, the
 * arrow keys pan, {@code +}/{@code -} zoom and {@code 0} or Home zooms to everything. A layers panel sets the
 * visibility, opacity and order of each layer, the symbols (by ABCD category or by domain) and clustering.
 * Selecting an asset from outside (e.g. the table) pans the map to it when it is off screen. A legend, the data
 * attribution and an optional note are shown over the map.
 *
 * <p>Placing, as in online "my maps": a {@linkplain #pinProperty() pin} marks the location being edited and can be
 * dragged to move it; while {@linkplain #placingProperty() placing}, the next click puts it where the pointer is.
 * Either way the new location goes to {@link #onLocationPickedProperty()}; Escape stops placing.
 */
public final class MapView extends Control {

    /** Padding in pixels left round the content when zooming to fit. */
    static final double FIT_PADDING = 24;
    private static final double PAN_STEP = 100;

    private final MapRenderer renderer = new MapRenderer(MapStyle.standard());
    private final ObservableList<Asset> assets = FXCollections.observableArrayList();
    private final ObjectProperty<List<Area>> areas = new SimpleObjectProperty<>(this, "areas", List.of());
    private final ObservableSet<AreaLevel> levels = FXCollections.observableSet(
            EnumSet.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD));
    private final LongProperty selectedAssetId = new SimpleLongProperty(this, "selectedAssetId", 0);
    private final StringProperty highlightedArea = new SimpleStringProperty(this, "highlightedArea");
    private final ObjectProperty<MapViewport> viewport = new SimpleObjectProperty<>(this, "viewport",
            MapViewport.centredOn(-2.0, 54.0, 5.5, 0, 0));
    private final StringProperty attribution = new SimpleStringProperty(this, "attribution", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<Symbology> symbology = new SimpleObjectProperty<>(this, "symbology",
            Symbology.CATEGORY);
    private final BooleanProperty clustering = new SimpleBooleanProperty(this, "clustering", true);
    private final ReadOnlyObjectWrapper<List<Long>> markedIds = new ReadOnlyObjectWrapper<>(this, "markedIds",
            List.of());
    private final ObjectProperty<Function<String, Optional<GeoPoint>>> postcodeFinder =
            new SimpleObjectProperty<>(this, "postcodeFinder", t -> Optional.empty());
    private final ObjectProperty<GeoPoint> pin = new SimpleObjectProperty<>(this, "pin");
    private final BooleanProperty placing = new SimpleBooleanProperty(this, "placing", false);
    private final ObjectProperty<Consumer<GeoPoint>> onLocationPicked = new SimpleObjectProperty<>(this,
            "onLocationPicked");
    private final Map<Long, Asset> byId = new HashMap<>();
    private boolean fitPending = true;

    public MapView() {
        getStyleClass().add(Styles.MAP_VIEW);
        setFocusTraversable(true);
        assets.addListener((ListChangeListener<Asset>) c -> {
            renderer.setAssets(assets);
            byId.clear();
            for (Asset a : assets) {
                byId.put(a.id(), a);
            }
            contentChanged();
        });
        areas.addListener((o, a, b) -> {
            renderer.setAreas(b == null ? List.of() : b);
            contentChanged();
        });
        levels.addListener((SetChangeListener<AreaLevel>) c -> {
            renderer.setLevels(levels);
            contentChanged();
        });
        selectedAssetId.addListener((o, a, b) -> {
            renderer.setSelectedId(b.longValue());
            ensureVisible(b.longValue());
            contentChanged();
        });
        highlightedArea.addListener((o, a, b) -> {
            renderer.setHighlightedArea(b);
            contentChanged();
        });
        symbology.addListener((o, a, b) -> {
            renderer.assetLayer().setSymbology(b);
            contentChanged();
        });
        clustering.addListener((o, a, b) -> {
            renderer.assetLayer().setClustering(b);
            contentChanged();
        });
        markedIds.addListener((o, a, b) -> {
            long[] ids = new long[b.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = b.get(i);
            }
            renderer.selectionLayer().setMarked(ids);
            contentChanged();
        });
        renderer.layers().addListener(this::contentChanged);
        pin.addListener((o, a, b) -> contentChanged());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapViewSkin(this);
    }

    // ---- data -----------------------------------------------------------------------------------------------

    /** The assets shown (typically the filtered list); those without a location are not drawn. */
    public ObservableList<Asset> getAssets() {
        return assets;
    }

    /** The areas whose boundaries can be drawn. */
    public ObjectProperty<List<Area>> areasProperty() {
        return areas;
    }

    /** Which levels of boundaries are drawn. */
    public ObservableSet<AreaLevel> getLevels() {
        return levels;
    }

    /** Row id of the selected asset, 0 for none. */
    public LongProperty selectedAssetIdProperty() {
        return selectedAssetId;
    }

    public long getSelectedAssetId() {
        return selectedAssetId.get();
    }

    /** Code of an area outlined in the accent colour, or null. */
    public StringProperty highlightedAreaProperty() {
        return highlightedArea;
    }

    /** What part of the world is on screen. */
    public ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    public MapViewport getViewport() {
        return viewport.get();
    }

    /** The data attribution shown at the bottom of the map. */
    public StringProperty attributionProperty() {
        return attribution;
    }

    /** A short note shown at the top of the map, or empty. */
    public StringProperty noteProperty() {
        return note;
    }

    /** The asset with this row id among those shown, or null. */
    public Asset asset(long id) {
        return byId.get(id);
    }

    /** The renderer and its layer stack: further layers (choropleths, basemaps, transport) are added to it. */
    public MapRenderer renderer() {
        return renderer;
    }

    /** What the asset symbols' colours mean: ABCD category (default) or domain. */
    public ObjectProperty<Symbology> symbologyProperty() {
        return symbology;
    }

    /** Whether assets are gathered into clusters when zoomed out (on by default). */
    public BooleanProperty clusteringProperty() {
        return clustering;
    }

    /** The row ids of the assets of the last rectangle or lasso selection (empty when none). */
    public ReadOnlyObjectProperty<List<Long>> markedIdsProperty() {
        return markedIds.getReadOnlyProperty();
    }

    /** Replaces the rectangle or lasso selection. */
    public void setMarkedIds(Collection<Long> ids) {
        markedIds.set(List.copyOf(ids));
    }

    /** The location being edited, drawn as a pin that can be dragged; null for none. */
    public ObjectProperty<GeoPoint> pinProperty() {
        return pin;
    }

    /** While true the pointer is a cross-hair and the next click picks a location; it then turns itself off. */
    public BooleanProperty placingProperty() {
        return placing;
    }

    /** Told the location picked by a click while placing or by dragging the pin. */
    public ObjectProperty<Consumer<GeoPoint>> onLocationPickedProperty() {
        return onLocationPicked;
    }

    /** Hands a location picked on the map to the handler; the pin moves there. Called by the skin. */
    void locationPicked(double px, double py) {
        MapViewport v = viewport.get();
        GeoPoint p = new GeoPoint(v.latitudeAt(py), v.longitudeAt(px));
        placing.set(false);
        Consumer<GeoPoint> handler = onLocationPicked.get();
        if (handler != null) {
            handler.accept(p);
        }
    }

    /** Looks up postcodes for {@link #jumpTo}; by default finds none. */
    public ObjectProperty<Function<String, Optional<GeoPoint>>> postcodeFinderProperty() {
        return postcodeFinder;
    }

    /**
     * Moves the map to an area by name or code (zooming to its boundary) or to a postcode (centred at street zoom).
     *
     * @return null when found, otherwise a message saying why not
     */
    public String jumpTo(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return "Type a postcode or the name of an area";
        }
        ProjectedArea area = findArea(t);
        if (area != null) {
            MapViewport v = viewport.get();
            viewport.set(v.fitMercator(area.bounds(), FIT_PADDING));
            highlightedArea.set(area.code());
            return null;
        }
        Optional<GeoPoint> p = postcodeFinder.get().apply(t);
        if (p.isPresent()) {
            MapViewport v = viewport.get();
            viewport.set(MapViewport.centredOn(p.get().lon(), p.get().lat(), 16, v.width(), v.height()));
            return null;
        }
        return org.assetatlas.model.Postcodes.isValid(t) ? "Postcode " + org.assetatlas.model.Postcodes.normalise(t)
                + " is not in the postcode table" : "No area or postcode matches \u201c" + t + "\u201d";
    }

    /** The area whose name or code is the text (any case), else the first whose name starts with it. */
    private ProjectedArea findArea(String text) {
        String key = text.toLowerCase(Locale.ROOT);
        List<ProjectedArea> prefix = new ArrayList<>();
        for (AreaLevel level : AreaLevel.values()) {
            for (ProjectedArea p : renderer.areas().level(level)) {
                String name = p.area().name().toLowerCase(Locale.ROOT);
                if (name.equals(key) || p.code().equalsIgnoreCase(text)) {
                    return p;
                }
                if (name.startsWith(key)) {
                    prefix.add(p);
                }
            }
        }
        return prefix.isEmpty() ? null : prefix.get(0);
    }

    private void contentChanged() {
        if (getSkin() instanceof MapViewSkin s) {
            s.requestRedraw();
        }
    }

    // ---- navigation -------------------------------------------------------------------------------------------

    /** Shows all boundaries and assets; before the map has a size, does so as soon as it has one. */
    public void zoomToAll() {
        MapViewport v = viewport.get();
        if (v.width() <= 0 || v.height() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        Envelope e = renderer.contentBounds();
        if (e.isNull()) {
            viewport.set(v.fit(GeoPoint.UK_MIN_LON, GeoPoint.UK_MIN_LAT, GeoPoint.UK_MAX_LON, GeoPoint.UK_MAX_LAT,
                    FIT_PADDING));
        } else {
            viewport.set(v.fitMercator(e, FIT_PADDING));
        }
    }

    /** Zooms to the rectangle or lasso selection, or else to the selected asset; false when nothing is selected. */
    public boolean zoomToSelection() {
        AssetPoints pts = renderer.points();
        Envelope e = new Envelope();
        List<Long> ids = markedIds.get().isEmpty() && selectedAssetId.get() != 0
                ? List.of(selectedAssetId.get()) : markedIds.get();
        for (long id : ids) {
            int i = pts.indexOf(id);
            if (i >= 0) {
                e.expandToInclude(pts.x(i), pts.y(i));
            }
        }
        MapViewport v = viewport.get();
        if (e.isNull() || v.width() <= 0) {
            return false;
        }
        viewport.set(v.fitMercator(e, FIT_PADDING * 2));
        return true;
    }

    /** Zooms in one level about the centre. */
    public void zoomIn() {
        zoomBy(1);
    }

    /** Zooms out one level about the centre. */
    public void zoomOut() {
        zoomBy(-1);
    }

    public void zoomBy(double zoomLevels) {
        MapViewport v = viewport.get();
        viewport.set(v.zoomBy(zoomLevels, v.width() / 2, v.height() / 2));
    }

    /** Moves the content by pixels (positive: right and down). */
    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panBy(dx, dy));
    }

    void panStep(int dx, int dy, boolean large) {
        double step = large ? PAN_STEP * 3 : PAN_STEP;
        panBy(-dx * step, -dy * step);
    }

    /** Zooms to an area's boundary; nothing happens when it has none. */
    public void zoomToArea(String code) {
        Envelope e = code == null ? null : renderer.areaBounds(code);
        MapViewport v = viewport.get();
        if (e != null && v.width() > 0) {
            viewport.set(v.fitMercator(e, FIT_PADDING));
        }
    }

    /** Pans to centre an asset when it is not comfortably on screen. */
    public void ensureVisible(long id) {
        Asset a = byId.get(id);
        MapViewport v = viewport.get();
        if (a == null || !a.located() || v.width() <= 0) {
            return;
        }
        if (!v.shows(a.location().lon(), a.location().lat(), 30)) {
            viewport.set(v.centredAt(a.location().lon(), a.location().lat()));
        }
    }

    /** Called by the skin when the canvas has a new size. */
    void resized(double w, double h) {
        viewport.set(viewport.get().withSize(w, h));
        if (fitPending && w > 0 && h > 0) {
            zoomToAll();
        }
    }
}
