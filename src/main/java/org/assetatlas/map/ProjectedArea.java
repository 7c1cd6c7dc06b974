package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * An area's boundary projected once to normalised Web Mercator: its rings as flat coordinate arrays, its bounding
 * box for culling and a point inside it for the label. Sliver holes are dropped (see {@link #SLIVER_RATIO}).
 * Layers that draw areas (boundaries, labels, choropleths) get them from an {@link AreaSet}. Immutable.
 */
public final class ProjectedArea {

    /**
     * Holes smaller than this share of their polygon are left out. Dissolving generalised boundaries leaves
     * hairline sliver holes of no area; drawn, their outlines show as stray lines and, once thinned for the
     * screen, they open up as unfilled patches.
     */
    static final double SLIVER_RATIO = 1e-6;

    private final Area area;
    private final List<double[]> rings;
    private final Envelope bounds;
    private final double labelX;
    private final double labelY;

    private ProjectedArea(Area area, List<double[]> rings, Envelope bounds, double labelX, double labelY) {
        this.area = area;
        this.rings = rings;
        this.bounds = bounds;
        this.labelX = labelX;
        this.labelY = labelY;
    }

    /** Projects an area's polygons; null when it has no polygonal boundary. */
    public static ProjectedArea of(Area area) {
        Geometry g = area.geometry();
        if (g == null || g.isEmpty()) {
            return null;
        }
        List<double[]> rings = new ArrayList<>();
        Envelope bounds = new Envelope();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                addRing(p.getExteriorRing(), rings, bounds);
                double shell = Math.abs(org.locationtech.jts.algorithm.Area.ofRingSigned(
                        p.getExteriorRing().getCoordinateSequence()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    LineString hole = p.getInteriorRingN(h);
                    double size = Math.abs(org.locationtech.jts.algorithm.Area.ofRingSigned(
                            hole.getCoordinateSequence()));
                    if (size >= shell * SLIVER_RATIO) {
                        addRing(hole, rings, bounds);
                    }
                }
            }
        }
        if (rings.isEmpty()) {
            return null;
        }
        Point inside = g.getInteriorPoint();
        double lx = inside.isEmpty() ? (bounds.getMinX() + bounds.getMaxX()) / 2 : MapViewport.mercatorX(inside.getX());
        double ly = inside.isEmpty() ? (bounds.getMinY() + bounds.getMaxY()) / 2 : MapViewport.mercatorY(inside.getY());
        return new ProjectedArea(area, List.copyOf(rings), bounds, lx, ly);
    }

    private static void addRing(LineString ring, List<double[]> out, Envelope bounds) {
        Coordinate[] cs = ring.getCoordinates();
        if (cs.length < 3) {
            return;
        }
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            double x = MapViewport.mercatorX(cs[i].x);
            double y = MapViewport.mercatorY(cs[i].y);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            bounds.expandToInclude(x, y);
        }
        out.add(xy);
    }

    /** The area itself. */
    public Area area() {
        return area;
    }

    /** The area's code. */
    public String code() {
        return area.code();
    }

    /** The area's level. */
    public AreaLevel level() {
        return area.level();
    }

    /** The box round the boundary in normalised Mercator coordinates. */
    public Envelope bounds() {
        return bounds;
    }

    /** Normalised Mercator x of a point inside the area, for its label. */
    public double labelX() {
        return labelX;
    }

    /** Normalised Mercator y of a point inside the area, for its label. */
    public double labelY() {
        return labelY;
    }

    /**
     * The rings in screen pixels for a viewport, dropping vertices less than {@code minStep} pixels from the last
     * one kept (a cheap level of detail: zoomed out, a detailed boundary shrinks to a handful of points).
     */
    public List<double[]> toScreen(MapViewport v, double minStep) {
        double s = v.scale();
        double ox = v.width() / 2.0 - v.centreX() * s;
        double oy = v.height() / 2.0 - v.centreY() * s;
        double min2 = minStep * minStep;
        List<double[]> out = new ArrayList<>(rings.size());
        for (double[] r : rings) {
            int n = r.length / 2;
            double[] buf = new double[r.length];
            int k = 0;
            double lastX = 0;
            double lastY = 0;
            for (int i = 0; i < n; i++) {
                double x = r[2 * i] * s + ox;
                double y = r[2 * i + 1] * s + oy;
                if (k > 0 && i < n - 1) {
                    double dx = x - lastX;
                    double dy = y - lastY;
                    if (dx * dx + dy * dy < min2) {
                        continue;
                    }
                }
                buf[k++] = x;
                buf[k++] = y;
                lastX = x;
                lastY = y;
            }
            if (k >= 6) {
                out.add(k == buf.length ? buf : java.util.Arrays.copyOf(buf, k));
            }
        }
        return out;
    }
}
