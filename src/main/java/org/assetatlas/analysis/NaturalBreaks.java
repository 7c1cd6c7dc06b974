package org.assetatlas.analysis;

/**
 * Jenks' natural breaks computed exactly: Fisher's (1958) dynamic programme for the partition of sorted values
 * into {@code k} groups of consecutive values with the least total within-group sum of squared deviations — the
 * optimum that Jenks' iterative method approaches.
 */
final class NaturalBreaks {

    private NaturalBreaks() {
    }

    /**
     * The upper bound (largest member) of each of the {@code k} optimal classes.
     *
     * @param sorted values in ascending order, all finite, with at least {@code k} distinct values
     */
    static double[] upperBounds(double[] sorted, int k) {
        int n = sorted.length;
        if (k <= 1) {
            return new double[] {sorted[n - 1]};
        }
        // Prefix sums for the sum of squared deviations of any run sorted[a..b] in O(1).
        double shift = sorted[0];
        double[] s1 = new double[n + 1];
        double[] s2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double x = sorted[i] - shift;
            s1[i + 1] = s1[i] + x;
            s2[i + 1] = s2[i] + x * x;
        }
        // cost[j][m]: least total for the first m values in j+1 classes; start[j][m]: first index of the last class.
        double[][] cost = new double[k][n + 1];
        int[][] start = new int[k][n + 1];
        for (int m = 1; m <= n; m++) {
            cost[0][m] = ssd(s1, s2, 0, m);
        }
        for (int j = 1; j < k; j++) {
            for (int m = j + 1; m <= n; m++) {
                double best = Double.POSITIVE_INFINITY;
                int bestStart = j;
                for (int i = j; i < m; i++) { // last class is sorted[i .. m-1]
                    double c = cost[j - 1][i] + ssd(s1, s2, i, m);
                    if (c < best) {
                        best = c;
                        bestStart = i;
                    }
                }
                cost[j][m] = best;
                start[j][m] = bestStart;
            }
        }
        double[] upper = new double[k];
        int end = n;
        for (int j = k - 1; j >= 0; j--) {
            upper[j] = sorted[end - 1];
            end = j == 0 ? 0 : start[j][end];
        }
        return upper;
    }

    /** Sum of squared deviations from their mean of values {@code from} (inclusive) to {@code to} (exclusive). */
    private static double ssd(double[] s1, double[] s2, int from, int to) {
        int count = to - from;
        double sum = s1[to] - s1[from];
        double v = (s2[to] - s2[from]) - sum * sum / count;
        return v < 0 ? 0 : v;
    }
}
