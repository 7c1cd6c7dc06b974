package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;

/** Which assets lie inside a rectangle or lasso drawn on the map. */
public final class MapSelection {

    private MapSelection() {
    }

    /**
     * The row ids of the points inside a closed ring of screen coordinates ({@code x0, y0, x1, y1, …}; even-odd
     * rule), in point order. A ring of fewer than three points contains nothing.
     */
    public static List<Long> inside(AssetPoints points, MapViewport v, double[] ring) {
        List<Long> out = new ArrayList<>();
        int n = ring.length / 2;
        if (n < 3) {
            return out;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, ring[2 * i]);
            maxX = Math.max(maxX, ring[2 * i]);
            minY = Math.min(minY, ring[2 * i + 1]);
            maxY = Math.max(maxY, ring[2 * i + 1]);
        }
        for (int i = 0; i < points.size(); i++) {
            double x = v.screenXOfMercator(points.x(i));
            double y = v.screenYOfMercator(points.y(i));
            if (x < minX || x > maxX || y < minY || y > maxY) {
                continue;
            }
            if (contains(ring, n, x, y)) {
                out.add(points.id(i));
            }
        }
        return out;
    }

    /** Even-odd point in polygon by ray casting. */
    static boolean contains(double[] ring, int n, double x, double y) {
        boolean in = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }
}
