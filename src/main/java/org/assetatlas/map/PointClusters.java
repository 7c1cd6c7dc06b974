package org.assetatlas.map;

import java.util.Arrays;

/**
 * Points on screen gathered into clusters for one viewport: a grid of square cells {@code cellPx} wide anchored to
 * the world (so clusters stay put while the map pans), one cluster per occupied cell, drawn at the mean position of
 * its points with its count and its mix of classes (see {@link Symbology}).
 *
 * <p>Every point within {@code marginPx} of the screen belongs to exactly one cluster ({@link #clusterOf}); points
 * further off screen belong to none. A cluster of one point is drawn as that point. Immutable once computed.
 */
public final class PointClusters {

    private final int count;
    private final int classes;
    private final int[] size;
    private final double[] sx;
    private final double[] sy;
    private final int[] classCounts;
    private final int[] active;
    private final int[] first;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final int[] clusterOf;

    private PointClusters(int count, int classes, int[] size, double[] sx, double[] sy, int[] classCounts,
                          int[] active, int[] first, double[] minX, double[] minY, double[] maxX, double[] maxY,
                          int[] clusterOf) {
        this.count = count;
        this.classes = classes;
        this.size = size;
        this.sx = sx;
        this.sy = sy;
        this.classCounts = classCounts;
        this.active = active;
        this.first = first;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.clusterOf = clusterOf;
    }

    /**
     * Clusters the points near the screen.
     *
     * @param cellPx   width of a grid cell in screen pixels (positive)
     * @param marginPx how far off screen a point is still taken
     */
    public static PointClusters compute(AssetPoints p, MapViewport v, double cellPx, double marginPx,
                                        Symbology symbology) {
        if (!(cellPx > 0)) {
            throw new IllegalArgumentException("Cluster cells must be wider than 0 pixels");
        }
        double scale = v.scale();
        double originX = v.centreX() * scale - v.width() / 2.0;
        double originY = v.centreY() * scale - v.height() / 2.0;
        long cx0 = (long) Math.floor((originX - marginPx) / cellPx);
        long cy0 = (long) Math.floor((originY - marginPx) / cellPx);
        int cols = (int) ((long) Math.floor((originX + v.width() + marginPx) / cellPx) - cx0 + 1);
        int rows = (int) ((long) Math.floor((originY + v.height() + marginPx) / cellPx) - cy0 + 1);
        int[] cellCluster = new int[Math.max(1, cols * rows)];
        Arrays.fill(cellCluster, -1);
        int classes = symbology.classes(p);
        boolean byCategory = symbology == Symbology.CATEGORY;
        int n = p.size();
        int[] clusterOf = new int[n];
        int cap = 64;
        int[] size = new int[cap];
        double[] sumX = new double[cap];
        double[] sumY = new double[cap];
        int[] classCounts = new int[cap * classes];
        int[] active = new int[cap];
        int[] first = new int[cap];
        double[] minX = new double[cap];
        double[] minY = new double[cap];
        double[] maxX = new double[cap];
        double[] maxY = new double[cap];
        int count = 0;
        double loX = -marginPx;
        double loY = -marginPx;
        double hiX = v.width() + marginPx;
        double hiY = v.height() + marginPx;
        for (int i = 0; i < n; i++) {
            double mx = p.x(i);
            double my = p.y(i);
            double wx = mx * scale;
            double wy = my * scale;
            double x = wx - originX;
            double y = wy - originY;
            if (x < loX || y < loY || x > hiX || y > hiY) {
                clusterOf[i] = -1;
                continue;
            }
            // world pixels are never negative, so a cast is the floor
            int col = (int) ((long) (wx / cellPx) - cx0);
            int row = (int) ((long) (wy / cellPx) - cy0);
            col = Math.max(0, Math.min(cols - 1, col));
            row = Math.max(0, Math.min(rows - 1, row));
            int cell = row * cols + col;
            int c = cellCluster[cell];
            if (c < 0) {
                if (count == cap) {
                    cap *= 2;
                    size = Arrays.copyOf(size, cap);
                    sumX = Arrays.copyOf(sumX, cap);
                    sumY = Arrays.copyOf(sumY, cap);
                    classCounts = Arrays.copyOf(classCounts, cap * classes);
                    active = Arrays.copyOf(active, cap);
                    first = Arrays.copyOf(first, cap);
                    minX = Arrays.copyOf(minX, cap);
                    minY = Arrays.copyOf(minY, cap);
                    maxX = Arrays.copyOf(maxX, cap);
                    maxY = Arrays.copyOf(maxY, cap);
                }
                c = count++;
                cellCluster[cell] = c;
                first[c] = i;
                minX[c] = mx;
                maxX[c] = mx;
                minY[c] = my;
                maxY[c] = my;
            }
            clusterOf[i] = c;
            size[c]++;
            sumX[c] += x;
            sumY[c] += y;
            classCounts[c * classes + (byCategory ? p.category(i) : symbology.classOf(p, i))]++;
            if (p.active(i)) {
                active[c]++;
            }
            if (mx < minX[c]) {
                minX[c] = mx;
            } else if (mx > maxX[c]) {
                maxX[c] = mx;
            }
            if (my < minY[c]) {
                minY[c] = my;
            } else if (my > maxY[c]) {
                maxY[c] = my;
            }
        }
        for (int c = 0; c < count; c++) {
            sumX[c] /= size[c];
            sumY[c] /= size[c];
        }
        return new PointClusters(count, classes, size, sumX, sumY, classCounts, active, first, minX, minY, maxX,
                maxY, clusterOf);
    }

    /** Number of clusters (a single point counts as a cluster of one). */
    public int count() {
        return count;
    }

    /** Number of classes counted per cluster. */
    public int classes() {
        return classes;
    }

    /** Number of points in cluster {@code c}. */
    public int size(int c) {
        return size[c];
    }

    /** Screen x of the cluster's mean position. */
    public double x(int c) {
        return sx[c];
    }

    /** Screen y of the cluster's mean position. */
    public double y(int c) {
        return sy[c];
    }

    /** How many of the cluster's points are in class {@code cls}. */
    public int classCount(int c, int cls) {
        return classCounts[c * classes + cls];
    }

    /** How many of the cluster's points are active. */
    public int activeCount(int c) {
        return active[c];
    }

    /** Index (in the points) of the cluster's first point, e.g. the point itself for a cluster of one. */
    public int firstPoint(int c) {
        return first[c];
    }

    /** The box round the cluster's points in normalised Mercator coordinates, for zooming into it. */
    public org.locationtech.jts.geom.Envelope mercatorBounds(int c) {
        return new org.locationtech.jts.geom.Envelope(minX[c], maxX[c], minY[c], maxY[c]);
    }

    /** The cluster of the i-th point, or -1 when it is too far off screen to be taken. */
    public int clusterOf(int i) {
        return clusterOf[i];
    }

    /** The total of the cluster sizes: every point taken, each once. */
    public int points() {
        int t = 0;
        for (int c = 0; c < count; c++) {
            t += size[c];
        }
        return t;
    }
}
