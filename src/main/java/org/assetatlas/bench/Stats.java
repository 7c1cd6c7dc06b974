package org.assetatlas.bench;

import java.util.Arrays;

/** Order statistics over timings in nanoseconds. */
final class Stats {

    private final long[] sorted;

    Stats(long[] nanos) {
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The value below which {@code p} (0..1) of the samples lie, by the nearest-rank method. */
    double percentileMillis(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double medianMillis() {
        return percentileMillis(0.5);
    }

    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    int count() {
        return sorted.length;
    }
}
