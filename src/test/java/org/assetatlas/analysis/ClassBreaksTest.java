package org.assetatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassBreaksTest {

    private static final double EPS = 1e-9;

    @Test
    void naturalBreaksMatchPublishedExamples() {
        // simple-statistics' published Jenks examples (lower bounds [1, 7, 20] and [2, 32, 100]):
        // classes {1 2 4 5} {7 9 10} {20} and {2} {32 33 34} {100}.
        assertArrayEquals(new double[] {5, 10, 20},
                ClassBreaks.naturalBreaks(new double[] {1, 2, 4, 5, 7, 9, 10, 20}, 3).upper(), EPS);
        assertArrayEquals(new double[] {2, 34, 100},
                ClassBreaks.naturalBreaks(new double[] {2, 32, 33, 34, 100}, 3).upper(), EPS);
        // N points into N classes: one class each.
        assertArrayEquals(new double[] {9, 10, 11, 12, 13},
                ClassBreaks.naturalBreaks(new double[] {13, 9, 11, 10, 12}, 5).upper(), EPS);
    }

    @Test
    void naturalBreaksOnThreeClearGroups() {
        double[] v = {1, 2, 3, 10, 11, 12, 20, 21, 22};
        ClassBreaks b = ClassBreaks.naturalBreaks(v, 3);
        assertArrayEquals(new double[] {3, 12, 22}, b.upper(), EPS);
        assertEquals(1, b.min(), EPS);
        assertEquals(0, b.classOf(1));
        assertEquals(0, b.classOf(3));
        assertEquals(1, b.classOf(3.5));
        assertEquals(2, b.classOf(22));
        assertEquals(-1, b.classOf(23));
        assertEquals(-1, b.classOf(Double.NaN));
    }

    @Test
    void naturalBreaksAreTheOptimumFoundByBruteForce() {
        Random r = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            int n = 6 + r.nextInt(7);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Math.round(r.nextDouble() * 1000) / 10.0 + (r.nextBoolean() ? 50 : 0);
            }
            int k = 2 + r.nextInt(3);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double best = bruteForceBest(sorted, k);
            ClassBreaks b = ClassBreaks.naturalBreaks(v, k);
            assertEquals(best, withinClassSsd(sorted, b), 1e-6, "trial " + trial + " " + Arrays.toString(sorted));
        }
    }

    @Test
    void equalIntervalSplitsTheRangeEvenly() {
        ClassBreaks b = ClassBreaks.equalInterval(new double[] {0, 3, 10, 7, 2}, 5);
        assertArrayEquals(new double[] {2, 4, 6, 8, 10}, b.upper(), EPS);
        assertEquals(0, b.classOf(0));
        assertEquals(0, b.classOf(2));
        assertEquals(1, b.classOf(3));
        assertEquals(4, b.classOf(10));
        assertEquals("0 \u2013 2", b.labels().get(0));
    }

    @Test
    void quantilesHoldEqualCountsAndMergeTies() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        assertArrayEquals(new double[] {3, 6, 9, 12}, ClassBreaks.quantile(v, 4).upper(), EPS);
        // Seven zeros of ten: the first two tertiles would both end at 0, so they merge.
        double[] ties = {0, 0, 0, 0, 0, 0, 0, 1, 2, 3};
        assertArrayEquals(new double[] {0, 3}, ClassBreaks.quantile(ties, 3).upper(), EPS);
    }

    @Test
    void oneDistinctValueIsOneClass() {
        ClassBreaks b = ClassBreaks.equalInterval(new double[] {4, 4, 4}, 5);
        assertEquals(1, b.count());
        assertEquals(0, b.classOf(4));
        assertEquals(1, ClassBreaks.naturalBreaks(new double[] {4, 4}, 3).count());
    }

    @Test
    void imdDecilesAreFixedMostDeprivedFirst() {
        ClassBreaks d = ClassBreaks.imdDeciles();
        assertEquals(ClassMethod.FIXED, d.method());
        assertEquals(10, d.count());
        for (int decile = 1; decile <= 10; decile++) {
            assertEquals(decile - 1, d.classOf(decile));
        }
        assertEquals("1 most deprived 10%", d.labels().get(0));
        assertEquals(-1, d.classOf(0));
        assertEquals(-1, d.classOf(11));
    }

    @Test
    void badRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClassBreaks.quantile(new double[] {1, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> ClassBreaks.quantile(new double[] {1, 2}, 11));
        assertThrows(IllegalArgumentException.class, () -> ClassBreaks.equalInterval(new double[] {Double.NaN}, 3));
    }

    private static double withinClassSsd(double[] sorted, ClassBreaks b) {
        double total = 0;
        for (int c = 0; c < b.count(); c++) {
            final int cls = c;
            double[] members = Arrays.stream(sorted).filter(x -> b.classOf(x) == cls).toArray();
            total += ssd(members);
        }
        return total;
    }

    private static double ssd(double[] xs) {
        double mean = Arrays.stream(xs).average().orElse(0);
        return Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum();
    }

    /** Tries every way of cutting the sorted values into k runs. */
    private static double bruteForceBest(double[] sorted, int k) {
        return cut(sorted, 0, k);
    }

    private static double cut(double[] s, int from, int k) {
        if (k == 1) {
            return ssd(Arrays.copyOfRange(s, from, s.length));
        }
        double best = Double.POSITIVE_INFINITY;
        for (int end = from + 1; end <= s.length - (k - 1); end++) {
            best = Math.min(best, ssd(Arrays.copyOfRange(s, from, end)) + cut(s, end, k - 1));
        }
        return best;
    }
}
