package io.livechat.bench.support;

import java.util.Arrays;

/** Durations of one kind of operation, in nanoseconds, with nearest-rank percentiles. */
public final class Latencies {

    private long[] nanos = new long[64];
    private int size;

    public synchronized void add(long durationNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = durationNanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The nearest-rank percentile in milliseconds (p in 0..100), NaN when empty. */
    public synchronized double millis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    /** "p50 12.3 / p99 45.6 ms". */
    public String p50p99() {
        return "p50 " + Format.ms(millis(50)) + " / p99 " + Format.ms(millis(99)) + " ms";
    }
}
