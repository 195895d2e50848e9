package io.livechat.history.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Supplier<Instant> clock = () -> now;

    @Test
    void aValueIsKeptForItsLifetimeThenComputedAgain() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10, Duration.ofSeconds(15), clock);
        AtomicInteger computed = new AtomicInteger();
        assertEquals(1, cache.get("q", computed::incrementAndGet));
        now = now.plusSeconds(14);
        assertEquals(1, cache.get("q", computed::incrementAndGet));
        now = now.plusSeconds(1);
        assertEquals(2, cache.get("q", computed::incrementAndGet));
    }

    @Test
    void theLeastRecentlyUsedGoesWhenItIsFull() {
        BoundedCache<String, String> cache = new BoundedCache<>(2, Duration.ofMinutes(1), clock);
        cache.get("a", () -> "a1");
        cache.get("b", () -> "b1");
        cache.get("a", () -> "a2");
        cache.get("c", () -> "c1");
        assertEquals(2, cache.size());
        assertEquals("a1", cache.get("a", () -> "a3"));
        assertEquals("b2", cache.get("b", () -> "b2"));
    }
}
