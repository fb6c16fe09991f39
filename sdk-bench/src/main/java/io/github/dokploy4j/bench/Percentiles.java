package io.github.dokploy4j.bench;

import java.util.Arrays;
import java.util.Locale;

/** Nearest-rank percentiles of durations measured in nanoseconds, shown in milliseconds. */
final class Percentiles {
    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    static Percentiles of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /**
     * A percentile.
     *
     * @param percent e.g. 50 for the median
     * @return nanoseconds
     */
    long nanos(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    int samples() {
        return sorted.length;
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,.2f ms", nanos / 1e6);
    }
}
