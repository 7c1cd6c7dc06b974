package org.assetatlas.map;

/**
 * Finds the asset nearest a screen point, within a tolerance, for one viewport.
 *
 * <p>Built from the {@link AssetPoints} on screen: each is put in a grid cell the size of the tolerance, so a query
 * looks at the 3 × 3 cells round the pointer whatever the number of points. Build a new one when the assets or the
 * viewport change; building is linear in the number of points. When two points are equally near, the one drawn
 * later (on top) wins. Immutable.
 */
public final class AssetHitTester {

    /** A comfortable pointer tolerance in pixels. */
    public static final double DEFAULT_TOLERANCE = 8;

    private final AssetPoints points;
    private final double tolerance;
    private final int cols;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellItems;
    private final double[] sx;
    private final double[] sy;

    private AssetHitTester(AssetPoints points, MapViewport v, double tolerance) {
        this.points = points;
        this.tolerance = tolerance;
        this.cols = Math.max(1, (int) Math.ceil((v.width() + 2 * tolerance) / tolerance));
        this.rows = Math.max(1, (int) Math.ceil((v.height() + 2 * tolerance) / tolerance));
        int n = points.size();
        sx = new double[n];
        sy = new double[n];
        int[] cellOf = new int[n];
        int[] counts = new int[cols * rows + 1];
        double scale = v.scale();
        double ox = v.width() / 2.0 - v.centreX() * scale;
        double oy = v.height() / 2.0 - v.centreY() * scale;
        for (int i = 0; i < n; i++) {
            double x = points.x(i) * scale + ox;
            double y = points.y(i) * scale + oy;
            sx[i] = x;
            sy[i] = y;
            int c = cell(x, y);
            cellOf[i] = c;
            if (c >= 0) {
                counts[c + 1]++;
            }
        }
        cellStart = new int[cols * rows + 1];
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] = cellStart[c] + counts[c + 1];
        }
        cellItems = new int[cellStart[cols * rows]];
        int[] fill = new int[cols * rows];
        for (int i = 0; i < n; i++) {
            int c = cellOf[i];
            if (c >= 0) {
                cellItems[cellStart[c] + fill[c]++] = i;
            }
        }
    }

    /**
     * Indexes the points for a viewport.
     *
     * @param tolerance how far from a point, in pixels, a click still hits it (must be positive)
     */
    public static AssetHitTester build(AssetPoints points, MapViewport viewport, double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("The hit tolerance must be positive");
        }
        return new AssetHitTester(points, viewport, tolerance);
    }

    /** The grid cell of a screen position, or -1 when it lies outside the screen plus the tolerance. */
    private int cell(double x, double y) {
        int cx = (int) Math.floor((x + tolerance) / tolerance);
        int cy = (int) Math.floor((y + tolerance) / tolerance);
        if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) {
            return -1;
        }
        return cy * cols + cx;
    }

    /** The row id of the asset nearest {@code (x, y)} within the tolerance, or 0 when there is none. */
    public long nearest(double x, double y) {
        int cx = (int) Math.floor((x + tolerance) / tolerance);
        int cy = (int) Math.floor((y + tolerance) / tolerance);
        double limit = tolerance * tolerance;
        double best = Double.POSITIVE_INFINITY;
        int found = -1;
        for (int gy = cy - 1; gy <= cy + 1; gy++) {
            if (gy < 0 || gy >= rows) {
                continue;
            }
            for (int gx = cx - 1; gx <= cx + 1; gx++) {
                if (gx < 0 || gx >= cols) {
                    continue;
                }
                int c = gy * cols + gx;
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    int i = cellItems[k];
                    double dx = sx[i] - x;
                    double dy = sy[i] - y;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= limit && (d2 < best || (d2 == best && i > found))) {
                        best = d2;
                        found = i;
                    }
                }
            }
        }
        return found < 0 ? 0 : points.id(found);
    }
}
