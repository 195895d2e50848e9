package io.livechat.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRank() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L);
        }
        assertEquals(50.0, latencies.millis(50), 1e-9);
        assertEquals(99.0, latencies.millis(99), 1e-9);
        assertEquals(100.0, latencies.millis(100), 1e-9);
        assertEquals(1.0, latencies.millis(0), 1e-9);
    }

    @Test
    void noDurationsHaveNoPercentile() {
        assertTrue(Double.isNaN(new Latencies().millis(50)));
    }
}
