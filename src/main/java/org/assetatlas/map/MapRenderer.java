package org.assetatlas.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws frames of the atlas map: the {@link LayerStack} of {@link MapLayer}s, bottom first, onto a
 * {@link MapSurface}. The standard stack is the district, LSOA, MSOA, ward and neighbourhood boundaries, the
 * highlighted area, the assets (clustered when zoomed out), the area names and the selection; further layers
 * (choropleths, basemaps, barriers and enablers, transport) are added to {@link #layers()}.
 *
 * <p>A frame is composed in a buffer of premultiplied pixels and handed to the surface in one call. Each run of
 * consecutive static layers is drawn once per zoom level and data version into an image with a margin and then
 * shifted while the map pans ({@link LayerCache}); dynamic layers (assets, selection) are drawn afresh every frame,
 * every asset projected and clustered or binned from the data. {@link #renderInteractive} may also resample static
 * images from a nearby zoom while the user is zooming; {@link #render} is always exact (ADR 0011).
 *
 * <p>Not thread-safe: set the data and render from one thread.
 */
public final class MapRenderer {

    /** Boundary levels bottom first, so bolder levels lie on top. */
    private static final List<AreaLevel> BOUNDARY_ORDER = List.of(AreaLevel.DISTRICT, AreaLevel.OTHER,
            AreaLevel.LSOA, AreaLevel.MSOA, AreaLevel.WARD, AreaLevel.NEIGHBOURHOOD);
    /** Levels shown by default. */
    private static final Set<AreaLevel> DEFAULT_LEVELS = EnumSet.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD,
            AreaLevel.WARD);

    private final MapStyle style;
    private final AreaSet areas = new AreaSet();
    private final LayerStack layers = new LayerStack();
    private final AssetLayer assetLayer;
    private final AreaLabelLayer labelLayer;
    private final AreaHighlightLayer highlightLayer;
    private final SelectionLayer selectionLayer;
    private final List<LayerCache> caches = new ArrayList<>();
    private ImageSurface frame;
    private int[] framePixels;

    public MapRenderer(MapStyle style) {
        this.style = style;
        for (AreaLevel level : BOUNDARY_ORDER) {
            layers.add(new LayerStack.Entry(new AreaBoundaryLayer(level, areas, style), DEFAULT_LEVELS.contains(level),
                    1.0));
        }
        highlightLayer = new AreaHighlightLayer(areas, style);
        assetLayer = new AssetLayer(style);
        labelLayer = new AreaLabelLayer(areas, style);
        selectionLayer = new SelectionLayer(style, assetLayer);
        layers.add(highlightLayer);
        layers.add(assetLayer);
        layers.add(labelLayer);
        layers.add(selectionLayer);
    }

    public MapStyle style() {
        return style;
    }

    /** The layers drawn, bottom first; add, reorder, hide or fade layers here. */
    public LayerStack layers() {
        return layers;
    }

    /** The projected areas shared by the area layers (and by any layer that draws areas). */
    public AreaSet areas() {
        return areas;
    }

    /** The assets layer (symbology, clustering, cluster hit testing). */
    public AssetLayer assetLayer() {
        return assetLayer;
    }

    /** The selection layer. */
    public SelectionLayer selectionLayer() {
        return selectionLayer;
    }

    /** Replaces the areas; boundaries already projected for the same area objects are reused. */
    public void setAreas(Collection<Area> list) {
        areas.set(list);
    }

    /** Which levels of area boundaries are shown (by default district, neighbourhoods and wards). */
    public void setLevels(Set<AreaLevel> visible) {
        for (AreaLevel level : BOUNDARY_ORDER) {
            layers.setVisible(AreaBoundaryLayer.idFor(level), visible.contains(level));
        }
    }

    /** The levels whose boundaries are shown. */
    public Set<AreaLevel> levels() {
        EnumSet<AreaLevel> out = EnumSet.noneOf(AreaLevel.class);
        for (LayerStack.Entry e : layers.entries()) {
            if (e.layer() instanceof AreaBoundaryLayer b && e.shown()) {
                out.add(b.level());
            }
        }
        return out;
    }

    /** Replaces the assets shown; those without a location are skipped. */
    public void setAssets(List<Asset> assets) {
        assetLayer.setPoints(AssetPoints.of(assets));
    }

    /** Replaces the assets shown with points loaded compactly. */
    public void setPoints(AssetPoints points) {
        assetLayer.setPoints(points);
    }

    /** The projected asset points, shared with the hit tester. */
    public AssetPoints points() {
        return assetLayer.points();
    }

    /** The row id of the selected asset, or 0 for none. */
    public void setSelectedId(long id) {
        selectionLayer.setSelectedId(id);
    }

    /** The code of an area to outline in the accent colour, or null. */
    public void setHighlightedArea(String code) {
        highlightLayer.setCode(code);
    }

    /**
     * The box round everything the map holds (the visible layers' extents, e.g. area boundaries of the visible levels
     * and the points), in normalised Mercator coordinates; a null envelope when there is nothing.
     */
    public Envelope contentBounds() {
        Envelope e = new Envelope();
        for (LayerStack.Entry entry : layers.entries()) {
            if (entry.visible()) {
                e.expandToInclude(entry.layer().bounds());
            }
        }
        if (!layers.entry(AssetLayer.ID).map(LayerStack.Entry::visible).orElse(false)) {
            e.expandToInclude(assetLayer.bounds());
        }
        return e;
    }

    /** The Mercator box of an area, or null when it has no boundary. */
    public Envelope areaBounds(String code) {
        ProjectedArea p = areas.get(code);
        return p == null ? null : p.bounds();
    }

    /** How many assets the last frame drew, one by one, in bins or in clusters: every asset on screen. */
    public int lastDrawnPoints() {
        return assetLayer.lastDrawnPoints();
    }

    /** Draws an exact frame. */
    public void render(MapSurface s, MapViewport v) {
        compose(s, v, false);
    }

    /**
     * Draws a frame while the user is zooming: cached static layers from a zoom up to one level away may be
     * resampled rather than drawn afresh (assets are always exact).
     *
     * @return true when the frame is exact; false when an exact {@link #render} should follow once zooming pauses
     */
    public boolean renderInteractive(MapSurface s, MapViewport v) {
        return compose(s, v, true);
    }

    /** Forgets the cached static layers, so the next frame draws everything afresh (a cold frame). */
    public void dropCaches() {
        caches.forEach(LayerCache::clear);
    }

    private boolean compose(MapSurface s, MapViewport v, boolean interactive) {
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        if (w <= 0 || h <= 0) {
            return true;
        }
        // the viewport of the frame buffer: the same view, in whole pixels
        MapViewport fv = v.width() == w && v.height() == h ? v : v.withSize(w, h);
        if (frame == null || framePixels.length != w * h || frame.width() != w) {
            if (frame != null) {
                frame.dispose();
            }
            frame = ImageSurface.premultiplied(w, h);
            framePixels = frame.directPixels();
        }
        labelLayer.setLevels(levels());
        Arrays.fill(framePixels, premultiply(style.background()));
        boolean exact = true;
        List<LayerStack.Entry> entries = layers.entries();
        int cacheIndex = 0;
        int i = 0;
        while (i < entries.size()) {
            LayerStack.Entry e = entries.get(i);
            if (!e.shown()) {
                i++;
                continue;
            }
            if (e.layer().caching() == MapLayer.Caching.STATIC) {
                List<LayerStack.Entry> run = new ArrayList<>();
                while (i < entries.size() && (!entries.get(i).shown()
                        || entries.get(i).layer().caching() == MapLayer.Caching.STATIC)) {
                    if (entries.get(i).shown()) {
                        run.add(entries.get(i));
                    }
                    i++;
                }
                if (cacheIndex == caches.size()) {
                    caches.add(new LayerCache());
                }
                exact &= caches.get(cacheIndex++).composite(framePixels, w, h, fv, run, interactive);
            } else {
                frame.setOpacity(e.opacity());
                e.layer().draw(frame, fv);
                frame.setOpacity(1);
                i++;
            }
        }
        if (style.background() >>> 24 == 255) {
            s.drawOpaquePixels(framePixels, w, h);
        } else {
            s.clear(0);
            s.drawPixels(framePixels, w, h);
        }
        return exact;
    }

    private static int premultiply(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        int r = ((argb >> 16) & 0xFF) * a / 255;
        int g = ((argb >> 8) & 0xFF) * a / 255;
        int b = (argb & 0xFF) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
