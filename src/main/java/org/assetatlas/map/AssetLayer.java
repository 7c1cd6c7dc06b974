package org.assetatlas.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assetatlas.model.AssetStatus;
import org.locationtech.jts.geom.Envelope;

/**
 * The assets: one symbol per asset coloured by its class ({@link Symbology}: ABCD category or domain), paused and
 * closed ones faded; below {@link #CLUSTER_MAX_ZOOM} gathered into clusters ({@link PointClusters}) drawn as
 * donuts showing the mix of classes with the count inside. Zoomed in, more than {@link #VECTOR_LIMIT} symbols on
 * screen are gathered into bins one dot wide (each drawn once in its most common class; ADR 0009).
 *
 * <p>Every asset on screen is counted in what is drawn ({@link #lastDrawnPoints()}). Symbols are stamped as cached
 * anti-aliased sprites straight into the renderer's frame buffer when the surface is one ({@link ImageSurface} of
 * premultiplied pixels), otherwise into a pixel layer drawn in one call. Dynamic: drawn afresh every frame.
 */
public final class AssetLayer implements MapLayer {

    /** The id of the assets layer. */
    public static final String ID = "assets";
    /** Below this zoom assets are clustered (when clustering is on). */
    public static final double CLUSTER_MAX_ZOOM = 15.5;
    /** Width of a cluster cell in pixels. */
    public static final double CELL_PX = 64;
    /** Above this many points on screen (not clustered), points are gathered into dot-wide bins. */
    static final int VECTOR_LIMIT = 3000;
    private static final double DENSE_RADIUS = 3.0;
    private static final int COUNT_COLOUR = 0xFF1A202C;
    private static final int CLUSTER_INNER = 0xFFFFFFFF;
    private static final int CLUSTER_EDGE = 0xE6FFFFFF;

    private final MapStyle style;
    private final PointRaster raster = new PointRaster();
    private final CountGlyphs glyphs = new CountGlyphs(10.5);
    /** Finished cluster symbols by radius, class mix and colours: a pure function of those, so kept while panning. */
    private final Map<ClusterKey, PointRaster.Sprite> clusterSprites = new HashMap<>();
    private final PointRaster scratch = new PointRaster();
    private AssetPoints points = AssetPoints.empty();
    private Envelope bounds = new Envelope();
    private Symbology symbology = Symbology.CATEGORY;
    private boolean clustering = true;
    private long version;
    private int lastDrawnPoints;
    private PointClusters lastClusters;
    private MapViewport lastViewport;
    private int[] binCount = new int[0];
    private int[] binActive = new int[0];
    private double[] binX = new double[0];
    private double[] binY = new double[0];
    private int[] binClass = new int[0];
    private int[] occupiedBins = new int[0];

    public AssetLayer(MapStyle style) {
        this.style = style;
    }

    /** Replaces the points drawn. */
    public void setPoints(AssetPoints p) {
        points = p == null ? AssetPoints.empty() : p;
        bounds = points.bounds();
        version++;
    }

    public AssetPoints points() {
        return points;
    }

    public void setSymbology(Symbology s) {
        if (s != null && s != symbology) {
            symbology = s;
            version++;
        }
    }

    public Symbology symbology() {
        return symbology;
    }

    /** Whether assets are clustered below {@link #CLUSTER_MAX_ZOOM} (on by default). */
    public void setClustering(boolean on) {
        if (on != clustering) {
            clustering = on;
            version++;
        }
    }

    public boolean clustering() {
        return clustering;
    }

    /** Whether a viewport shows clusters rather than single symbols. */
    public boolean clusters(MapViewport v) {
        return clustering && v.zoom() < CLUSTER_MAX_ZOOM;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Assets";
    }

    @Override
    public Caching caching() {
        return Caching.DYNAMIC;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> out = new ArrayList<>(symbology.legend(points));
        out.add(new LegendItem("Faded: paused or closed", style.pointFill(0x0072B2, AssetStatus.PAUSED),
                LegendItem.Shape.DOT));
        return out;
    }

    /** How many assets the last frame drew, one by one, in bins or in clusters: every asset on screen. */
    public int lastDrawnPoints() {
        return lastDrawnPoints;
    }

    /** The clusters of the last frame, or null when it was not clustered. */
    public PointClusters lastClusters() {
        return lastClusters;
    }

    /** The viewport of the last frame. */
    public MapViewport lastViewport() {
        return lastViewport;
    }

    /** Radius in pixels of the symbol of a cluster of {@code size} points. */
    public static double clusterRadius(int size) {
        return Math.min(CELL_PX / 2 - 3, 9 + 3.3 * Math.log10(Math.max(1, size)));
    }

    /**
     * The cluster (of two or more) of the last frame whose symbol is under screen point (x, y), or -1. Single
     * points are found with {@link AssetHitTester}.
     */
    public int clusterAt(double x, double y) {
        PointClusters c = lastClusters;
        if (c == null) {
            return -1;
        }
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < c.count(); k++) {
            if (c.size(k) < 2) {
                continue;
            }
            double dx = c.x(k) - x;
            double dy = c.y(k) - y;
            double d = dx * dx + dy * dy;
            double r = clusterRadius(c.size(k)) + 1;
            if (d <= r * r && d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    @Override
    public void draw(MapSurface s, MapViewport v) {
        int iw = (int) Math.ceil(v.width());
        int ih = (int) Math.ceil(v.height());
        int[] direct = s instanceof ImageSurface is ? is.directPixels() : null;
        double opacity = s instanceof ImageSurface is && direct != null ? is.opacity() : 1.0;
        if (direct != null) {
            raster.attach(direct, iw, ih);
        } else {
            raster.reset(iw, ih);
        }
        lastViewport = v;
        if (clusters(v)) {
            drawClusters(v, opacity);
        } else {
            lastClusters = null;
            drawPoints(v, opacity);
        }
        if (direct == null) {
            s.drawPixels(raster.pixels(), iw, ih);
        }
    }

    private void drawClusters(MapViewport v, double opacity) {
        double r = Math.min(style.pointRadius(v.zoom()), 4.5);
        PointClusters c = PointClusters.compute(points, v, CELL_PX, clusterRadius(points.size()) + 2, symbology);
        lastClusters = c;
        int classes = c.classes();
        int[] colours = new int[classes];
        int[] fadedColours = new int[classes];
        for (int k = 0; k < classes; k++) {
            colours[k] = fade(0xFF000000 | symbology.rgb(points, k), opacity);
            fadedColours[k] = fade(style.pointFill(symbology.rgb(points, k), AssetStatus.PAUSED), opacity);
        }
        int[] counts = new int[classes];
        int inner = fade(CLUSTER_INNER, opacity);
        int edge = fade(CLUSTER_EDGE, opacity);
        int drawn = 0;
        for (int k = 0; k < c.count(); k++) {
            int size = c.size(k);
            drawn += size;
            if (size == 1) {
                int i = c.firstPoint(k);
                AssetStatus st = points.status(i);
                raster.stamp(c.x(k), c.y(k), raster.sprite(fade(style.pointFill(symbology.rgbOf(points, i), st),
                        opacity), fade(style.pointOutline(st), opacity), r));
                continue;
            }
            for (int cls = 0; cls < classes; cls++) {
                counts[cls] = c.classCount(k, cls);
            }
            boolean faded = c.activeCount(k) == 0;
            int[] palette = faded ? fadedColours : colours;
            int text = fade(faded ? 0xB31A202C : COUNT_COLOUR, opacity);
            ClusterKey key = new ClusterKey(size, counts.clone(), palette, inner, edge, text);
            PointRaster.Sprite sprite = clusterSprites.get(key);
            if (sprite == null) {
                sprite = clusterSprite(size, key.counts(), palette, inner, edge, text);
                if (clusterSprites.size() > 4096) {
                    clusterSprites.clear();
                }
                clusterSprites.put(key, sprite);
            }
            raster.stamp(c.x(k), c.y(k), sprite);
        }
        lastDrawnPoints = drawn;
    }

    /** Draws a cluster symbol (donut and count) once into a sprite. */
    private PointRaster.Sprite clusterSprite(int size, int[] counts, int[] palette, int inner, int edge, int text) {
        PointRaster.Donut d = scratch.donut(clusterRadius(size), inner, edge);
        int n = d.size();
        scratch.reset(n, n);
        double mid = n / 2;
        scratch.stampDonut(mid, mid, d, counts, palette);
        glyphs.draw(scratch, CountGlyphs.format(size), mid, mid, text);
        return PointRaster.spriteOf(scratch.pixels().clone(), n);
    }

    /** What a cluster symbol looks like depends on exactly these. */
    private record ClusterKey(int size, int[] counts, int[] palette, int inner, int edge, int text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ClusterKey k && k.size == size && k.inner == inner && k.edge == edge
                    && k.text == text && Arrays.equals(k.counts, counts) && Arrays.equals(k.palette, palette);
        }

        @Override
        public int hashCode() {
            return ((size * 31 + Arrays.hashCode(counts)) * 31 + Arrays.hashCode(palette)) * 31 + inner ^ edge ^ text;
        }
    }

    /**
     * Every on-screen point as a symbol; beyond {@link #VECTOR_LIMIT} gathered into screen bins about a dot wide,
     * each drawn once at the mean position of its points in its most common class, faded only when every point in
     * it is paused or closed.
     */
    private void drawPoints(MapViewport v, double opacity) {
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
                raster.stamp(x, y, raster.sprite(fade(style.pointFill(symbology.rgbOf(points, i), st), opacity),
                        fade(style.pointOutline(st), opacity), r));
                lastDrawnPoints++;
            }
            return;
        }
        r = Math.min(r, DENSE_RADIUS);
        int classes = symbology.classes(points);
        double cell = Math.max(2, r * 2);
        int bw = (int) Math.ceil(w / cell) + 1;
        int bh = (int) Math.ceil(h / cell) + 1;
        bins(bw * bh, classes);
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
                Arrays.fill(binClass, b * classes, b * classes + classes, 0);
            }
            binCount[b]++;
            binX[b] += x;
            binY[b] += y;
            binClass[b * classes + symbology.classOf(points, i)]++;
            if (points.active(i)) {
                binActive[b]++;
            }
        }
        for (int k = 0; k < occupied; k++) {
            int b = occupiedBins[k];
            int count = binCount[b];
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (binClass[b * classes + c] > binClass[b * classes + best]) {
                    best = c;
                }
            }
            AssetStatus st = binActive[b] > 0 ? AssetStatus.ACTIVE : AssetStatus.PAUSED;
            PointRaster.Sprite sprite = raster.sprite(fade(style.pointFill(symbology.rgb(points, best), st), opacity),
                    fade(style.pointOutline(st), opacity), r);
            raster.stamp(binX[b] / count, binY[b] / count, sprite);
            binCount[b] = 0;
            lastDrawnPoints += count;
        }
    }

    private void bins(int n, int classes) {
        if (binCount.length < n || binClass.length < n * classes) {
            binCount = new int[n];
            binActive = new int[n];
            binX = new double[n];
            binY = new double[n];
            binClass = new int[n * classes];
            occupiedBins = new int[n];
        }
    }

    /** A colour with its alpha multiplied by an opacity. */
    static int fade(int argb, double opacity) {
        if (opacity >= 1) {
            return argb;
        }
        int a = (int) Math.round((argb >>> 24) * Math.max(0, opacity));
        return a << 24 | (argb & 0xFFFFFF);
    }
}
