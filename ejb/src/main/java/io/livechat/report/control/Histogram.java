package io.livechat.report.control;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How many of a set of times took each whole number of seconds: what one {@code GROUP BY} of the
 * report's whole-second columns returns. The median and the 90th percentile follow from it exactly,
 * interpolated between the two nearest values as SQL's {@code PERCENTILE_CONT} does, without sorting
 * the rows themselves: the database sorts only the distinct values.
 */
public final class Histogram {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    /** Counts {@code count} more times of {@code seconds}. */
    public void add(long seconds, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        if (count > 0) {
            counts.merge(seconds, count, Long::sum);
            total += count;
        }
    }

    public void addAll(Histogram other) {
        other.counts.forEach(this::add);
    }

    /** How many times were counted. */
    public long total() {
        return total;
    }

    /**
     * The continuous percentile {@code fraction} (0 to 1): the value at position
     * {@code fraction * (total - 1)} of the sorted times, interpolated linearly between its neighbours;
     * empty when nothing was counted. Rounded to the millisecond.
     */
    public OptionalDouble percentile(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction " + fraction);
        }
        if (total == 0) {
            return OptionalDouble.empty();
        }
        double position = fraction * (total - 1);
        long below = (long) Math.floor(position);
        double lower = valueAt(below);
        double upper = valueAt(Math.min(below + 1, total - 1));
        // To the millisecond: what the report shows, and free of the float dust of the interpolation.
        return OptionalDouble.of(Math.round((lower + (position - below) * (upper - lower)) * 1000) / 1000.0);
    }

    public OptionalDouble median() {
        return percentile(0.5);
    }

    /** How many times were at least {@code from} and under {@code to} seconds. */
    public long countBetween(long from, long to) {
        return counts.subMap(from, true, to, false).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The value at the 0-based position of the sorted times. */
    private long valueAt(long position) {
        long seen = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (position < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("position " + position + " of " + total);
    }
}
