package io.livechat.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void interpolatesAsPercentileContDoes() {
        Histogram times = new Histogram();
        for (long seconds : new long[] {10, 20, 30, 40}) {
            times.add(seconds, 1);
        }
        assertEquals(25.0, times.median().orElseThrow(), 1e-9);
        // position 0.9 * 3 = 2.7: 30 + 0.7 * (40 - 30)
        assertEquals(37.0, times.percentile(0.9).orElseThrow(), 1e-9);
        assertEquals(10.0, times.percentile(0).orElseThrow(), 1e-9);
        assertEquals(40.0, times.percentile(1).orElseThrow(), 1e-9);
    }

    @Test
    void countsRepeatedValuesAsManyRows() {
        Histogram times = new Histogram();
        times.add(5, 3);
        times.add(100, 1);
        // sorted: 5 5 5 100; median at 1.5 is 5, the 90th at 2.7 is 5 + 0.7 * 95
        assertEquals(5.0, times.median().orElseThrow(), 1e-9);
        assertEquals(71.5, times.percentile(0.9).orElseThrow(), 1e-9);
        assertEquals(4, times.total());
    }

    @Test
    void agreesWithSortingEveryRow() {
        Random random = new Random(12);
        long[] rows = new long[1001];
        Histogram times = new Histogram();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextInt(4000);
            times.add(rows[i], 1);
        }
        Arrays.sort(rows);
        for (double fraction : new double[] {0.1, 0.5, 0.9, 0.99}) {
            double position = fraction * (rows.length - 1);
            int below = (int) Math.floor(position);
            double expected = rows[below] + (position - below) * (rows[Math.min(below + 1, rows.length - 1)] - rows[below]);
            assertEquals(expected, times.percentile(fraction).orElseThrow(), 1e-9, "percentile " + fraction);
        }
    }

    @Test
    void bucketsAndEmptiness() {
        Histogram times = new Histogram();
        assertTrue(times.median().isEmpty());
        times.add(59, 2);
        times.add(60, 1);
        times.add(299, 4);
        times.add(3600, 1);
        assertEquals(2, times.countBetween(0, 60));
        assertEquals(5, times.countBetween(60, 300));
        assertEquals(1, times.countBetween(3600, Long.MAX_VALUE));
        Histogram more = new Histogram();
        more.add(59, 1);
        times.addAll(more);
        assertEquals(3, times.countBetween(0, 60));
    }
}
