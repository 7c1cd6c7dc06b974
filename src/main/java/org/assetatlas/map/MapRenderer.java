package org.assetatlas.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.map.MapStyle.AreaStyle;
import org.assetatlas.map.MapSurface.TextAnchor;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws one frame of the atlas map onto a {@link MapSurface}: background, area boundaries of the chosen levels
 * (neighbourhoods bold and labelled, wards thin), the located assets as points in their category colour, area
 * labels (with a halo, so they stay readable over dense points) and the selected asset on top.
 *
 * <p>Boundaries are projected to Web Mercator once per area and cached; each frame only converts the areas whose
 * box is on screen, dropping vertices closer than half a pixel. Points are projected once per asset list ({@link
 * AssetPoints}) and culled to the screen. A few thousand points draw comfortably per frame; for hundreds of
 * thousands, {@link #drawPoints} is the one place to replace with rasterising into a pixel buffer.
 *
 * <p>Not thread-safe: set the data and render from one thread.
 */
public final class MapRenderer {

    private static final double MIN_STEP_PX = 0.5;
    /** Boundaries are stroked in this order, finest first, so bolder levels lie on top. */
    private static final List<AreaLevel> STROKE_ORDER = List.of(AreaLevel.OTHER, AreaLevel.LSOA, AreaLevel.MSOA,
            AreaLevel.WARD, AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD);

    /** Above this many points on screen, points are binned and rasterised (see {@link #drawPoints}). */
    static final int VECTOR_LIMIT = 3000;
    private static final int CATEGORIES = AbcdCategory.values().length;
    private static final double DENSE_RADIUS = 3.0;

    private final MapStyle style;
    private final PointRaster raster = new PointRaster();
    private int[] binCount = new int[0];
    private int[] binActive = new int[0];
    private double[] binX = new double[0];
    private double[] binY = new double[0];
    private int[] binCategory = new int[0];
    private int[] occupiedBins = new int[0];
    private int lastDrawnPoints;
    private final Map<String, ProjectedArea> cache = new HashMap<>();
    private final Map<AreaLevel, List<ProjectedArea>> byLevel = new HashMap<>();
    private EnumSet<AreaLevel> levels = EnumSet.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD);
    private AssetPoints points = AssetPoints.empty();
    private long selectedId;
    private String highlightedArea;

    public MapRenderer(MapStyle style) {
        this.style = style;
    }

    public MapStyle style() {
        return style;
    }

    /** Replaces the areas; boundaries already projected for the same area objects are reused. */
    public void setAreas(Collection<Area> areas) {
        Map<String, ProjectedArea> keep = new HashMap<>();
        byLevel.clear();
        List<Area> sorted = new ArrayList<>(areas);
        sorted.sort(Comparator.comparing(Area::code));
        for (Area a : sorted) {
            ProjectedArea p = cache.get(a.code());
            if (p == null || p.area() != a) {
                p = ProjectedArea.of(a);
            }
            if (p != null) {
                keep.put(a.code(), p);
                byLevel.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(p);
            }
        }
        cache.clear();
        cache.putAll(keep);
    }

    /** Which levels of areas are drawn (by default district, neighbourhoods and wards). */
    public void setLevels(Set<AreaLevel> visible) {
        EnumSet<AreaLevel> copy = EnumSet.noneOf(AreaLevel.class);
        copy.addAll(visible);
        this.levels = copy;
    }

    public Set<AreaLevel> levels() {
        return EnumSet.copyOf(levels);
    }

    /** Replaces the assets shown; those without a location are skipped. */
    public void setAssets(List<Asset> assets) {
        this.points = AssetPoints.of(assets);
    }

    /** The projected asset points, shared with the hit tester. */
    public AssetPoints points() {
        return points;
    }

    /** The row id of the selected asset, or 0 for none. */
    public void setSelectedId(long id) {
        this.selectedId = id;
    }

    /** The code of an area to outline in the accent colour, or null. */
    public void setHighlightedArea(String code) {
        this.highlightedArea = code;
    }

    /**
     * The box round everything the map holds (area boundaries of the visible levels and the points), in normalised
     * Mercator coordinates; a null envelope when there is nothing.
     */
    public Envelope contentBounds() {
        Envelope e = new Envelope();
        for (AreaLevel level : levels) {
            for (ProjectedArea p : byLevel.getOrDefault(level, List.of())) {
                e.expandToInclude(p.bounds());
            }
        }
        e.expandToInclude(points.bounds());
        return e;
    }

    /** The Mercator box of an area, or null when it has no boundary. */
    public Envelope areaBounds(String code) {
        ProjectedArea p = cache.get(code);
        return p == null ? null : p.bounds();
    }

    /** Draws a frame. */
    public void render(MapSurface s, MapViewport v) {
        s.clear(style.background());
        Envelope view = v.visibleMercator();
        Map<ProjectedArea, List<double[]>> screen = new HashMap<>();

        fillLevel(s, v, view, AreaLevel.DISTRICT, screen);
        if (levels.contains(AreaLevel.NEIGHBOURHOOD)) {
            List<ProjectedArea> hoods = byLevel.getOrDefault(AreaLevel.NEIGHBOURHOOD, List.of());
            for (int i = 0; i < hoods.size(); i++) {
                ProjectedArea p = hoods.get(i);
                if (p.bounds().intersects(view)) {
                    s.fillPath(screenRings(p, v, screen), style.neighbourhoodTint(i));
                }
            }
        }
        ProjectedArea highlight = highlightedArea == null ? null : cache.get(highlightedArea);
        if (highlight != null && highlight.bounds().intersects(view)) {
            s.fillPath(screenRings(highlight, v, screen), style.highlightFill());
        }
        for (AreaLevel level : STROKE_ORDER) {
            AreaStyle as = style.area(level);
            if (!levels.contains(level) || as == null || alpha(as.stroke()) == 0) {
                continue;
            }
            for (ProjectedArea p : byLevel.getOrDefault(level, List.of())) {
                if (p.bounds().intersects(view)) {
                    s.strokePath(screenRings(p, v, screen), true, as.stroke(), as.strokeWidth());
                }
            }
        }
        if (highlight != null && highlight.bounds().intersects(view)) {
            s.strokePath(screenRings(highlight, v, screen), true, style.highlightStroke(), 3.0);
        }
        drawPoints(s, v);
        drawLabels(s, v, view);
        drawSelection(s, v);
    }

    private void fillLevel(MapSurface s, MapViewport v, Envelope view, AreaLevel level,
                           Map<ProjectedArea, List<double[]>> screen) {
        AreaStyle as = style.area(level);
        if (!levels.contains(level) || as == null || alpha(as.fill()) == 0) {
            return;
        }
        for (ProjectedArea p : byLevel.getOrDefault(level, List.of())) {
            if (p.bounds().intersects(view)) {
                s.fillPath(screenRings(p, v, screen), as.fill());
            }
        }
    }

    private static List<double[]> screenRings(ProjectedArea p, MapViewport v,
                                              Map<ProjectedArea, List<double[]>> cache) {
        return cache.computeIfAbsent(p, k -> k.toScreen(v, MIN_STEP_PX));
    }

    private void drawLabels(MapSurface s, MapViewport v, Envelope view) {
        List<double[]> placed = new ArrayList<>();
        for (AreaLevel level : List.of(AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD)) {
            AreaStyle as = style.area(level);
            if (!levels.contains(level) || as == null || !as.labelled() || v.zoom() < as.minLabelZoom()) {
                continue;
            }
            boolean bold = level == AreaLevel.NEIGHBOURHOOD;
            for (ProjectedArea p : byLevel.getOrDefault(level, List.of())) {
                if (!p.bounds().intersects(view)) {
                    continue;
                }
                String text = p.area().name();
                double x = v.screenXOfMercator(p.labelX());
                double y = v.screenYOfMercator(p.labelY());
                double w = s.textWidth(text, as.labelSize(), bold);
                double h = as.labelSize() * 1.3;
                double areaWidth = p.bounds().getWidth() * v.scale();
                if (areaWidth < w * 0.6) {
                    continue;
                }
                double[] box = {x - w / 2 - 3, y - h / 2, x + w / 2 + 3, y + h / 2};
                if (overlapsAny(box, placed)) {
                    continue;
                }
                placed.add(box);
                s.text(text, x, y, as.labelSize(), bold, as.labelColour(), style.labelHalo(), 3.0, TextAnchor.CENTRE);
            }
        }
    }

    private static boolean overlapsAny(double[] b, List<double[]> placed) {
        for (double[] o : placed) {
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Draws every on-screen point. Up to {@link #VECTOR_LIMIT} points are drawn as shapes; beyond that they are
     * gathered into screen bins about a dot wide — each bin drawn once, at the mean position of its points, in the
     * colour of its most common category, faded only when every point in it is paused or closed — and stamped into a
     * pixel buffer. Every point is counted in exactly one bin; what a bin hides is what overlapping dots would hide.
     */
    private void drawPoints(MapSurface s, MapViewport v) {
        double r = style.pointRadius(v.zoom());
        double scale = v.scale();
        double ox = v.width() / 2.0 - v.centreX() * scale;
        double oy = v.height() / 2.0 - v.centreY() * scale;
        double w = v.width();
        double h = v.height();
        int n = points.size();
        int onScreen = 0;
        for (int i = 0; i < n && onScreen <= VECTOR_LIMIT; i++) {
            double x = points.x(i) * scale + ox;
            double y = points.y(i) * scale + oy;
            if (x >= -r && y >= -r && x <= w + r && y <= h + r) {
                onScreen++;
            }
        }
        lastDrawnPoints = 0;
        if (onScreen <= VECTOR_LIMIT) {
            for (int i = 0; i < n; i++) {
                double x = points.x(i) * scale + ox;
                double y = points.y(i) * scale + oy;
                if (x < -r || y < -r || x > w + r || y > h + r) {
                    continue;
                }
                AssetStatus st = points.status(i);
                s.fillCircle(x, y, r, style.pointFill(points.rgb(i), st));
                s.strokeCircle(x, y, r, style.pointOutline(st), 1.2);
                lastDrawnPoints++;
            }
            return;
        }
        int iw = (int) Math.ceil(w);
        int ih = (int) Math.ceil(h);
        // Level of detail: this many dots would overlap into a carpet, so they shrink to at most 3 px radius and
        // each bin is one dot wide.
        r = Math.min(r, DENSE_RADIUS);
        double cell = Math.max(2, r * 2);
        int bw = (int) Math.ceil(w / cell) + 1;
        int bh = (int) Math.ceil(h / cell) + 1;
        int bins = bw * bh;
        bins(bins);
        int occupied = 0;
        for (int i = 0; i < n; i++) {
            double x = points.x(i) * scale + ox;
            double y = points.y(i) * scale + oy;
            if (x < -r || y < -r || x > w + r || y > h + r) {
                continue;
            }
            int bx = (int) Math.max(0, Math.min(bw - 1, x / cell));
            int by = (int) Math.max(0, Math.min(bh - 1, y / cell));
            int b = by * bw + bx;
            if (binCount[b] == 0) {
                occupiedBins[occupied++] = b;
                binX[b] = 0;
                binY[b] = 0;
                binActive[b] = 0;
                Arrays.fill(binCategory, b * CATEGORIES, b * CATEGORIES + CATEGORIES, 0);
            }
            binCount[b]++;
            binX[b] += x;
            binY[b] += y;
            binCategory[b * CATEGORIES + points.category(i)]++;
            if (points.status(i) == AssetStatus.ACTIVE) {
                binActive[b]++;
            }
        }
        raster.reset(iw, ih);
        AbcdCategory[] categories = AbcdCategory.values();
        for (int k = 0; k < occupied; k++) {
            int b = occupiedBins[k];
            int count = binCount[b];
            int best = 0;
            for (int c = 1; c < CATEGORIES; c++) {
                if (binCategory[b * CATEGORIES + c] > binCategory[b * CATEGORIES + best]) {
                    best = c;
                }
            }
            AssetStatus st = binActive[b] > 0 ? AssetStatus.ACTIVE : AssetStatus.PAUSED;
            PointRaster.Sprite sprite = raster.sprite(style.pointFill(categories[best].rgb(), st),
                    style.pointOutline(st), r);
            raster.stamp(binX[b] / count, binY[b] / count, sprite);
            binCount[b] = 0;
            lastDrawnPoints += count;
        }
        s.drawPixels(raster.pixels(), iw, ih);
    }

    /** How many points the last frame drew, one by one or gathered into bins: every point on screen. */
    public int lastDrawnPoints() {
        return lastDrawnPoints;
    }

    private void bins(int n) {
        if (binCount.length < n) {
            binCount = new int[n];
            binActive = new int[n];
            binX = new double[n];
            binY = new double[n];
            binCategory = new int[n * CATEGORIES];
            occupiedBins = new int[n];
        }
    }

    private void drawSelection(MapSurface s, MapViewport v) {
        if (selectedId == 0) {
            return;
        }
        int i = points.indexOf(selectedId);
        if (i < 0) {
            return;
        }
        double x = v.screenXOfMercator(points.x(i));
        double y = v.screenYOfMercator(points.y(i));
        double r = style.selectedRadius(v.zoom());
        s.fillCircle(x, y, r + 2.5, style.selectionHalo());
        s.fillCircle(x, y, r, style.pointFill(points.rgb(i), AssetStatus.ACTIVE));
        s.strokeCircle(x, y, r, style.selectionRing(), 2.5);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
