package io.livechat.shared.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.shared.boundary.RateLimitedException;
import io.livechat.shared.control.RateLimiter.Limit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Limit THREE_A_MINUTE = Limit.parse("3/PT1M");

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final RateLimiter limiter = new RateLimiter(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void letsTheBurstThroughThenOneEveryPeriodOverPermits() {
        for (int i = 0; i < 3; i++) {
            limiter.take("a", THREE_A_MINUTE, "tries");
        }
        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> limiter.take("a", THREE_A_MINUTE, "tries"));
        assertEquals(Duration.ofSeconds(20), refused.retryAfter());
        assertEquals(20L, refused.details().get("retryAfter"));
        assertTrue(refused.getMessage().contains("at most 3 per 1m"), refused.getMessage());

        now = now.plusSeconds(19);
        assertThrows(RateLimitedException.class, () -> limiter.take("a", THREE_A_MINUTE, "tries"));
        now = now.plusSeconds(1);
        assertDoesNotThrow(() -> limiter.take("a", THREE_A_MINUTE, "tries"));
    }

    @Test
    void keysHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.take("a", THREE_A_MINUTE, "tries");
        }
        assertDoesNotThrow(() -> limiter.take("b", THREE_A_MINUTE, "tries"));
    }

    @Test
    void checkTakesNothingAndSpendNeverRefuses() {
        for (int i = 0; i < 5; i++) {
            limiter.check("a", THREE_A_MINUTE, "tries");
        }
        for (int i = 0; i < 5; i++) {
            limiter.spend("a", THREE_A_MINUTE);
        }
        assertThrows(RateLimitedException.class, () -> limiter.check("a", THREE_A_MINUTE, "tries"));
    }

    @Test
    void aLimitIsReadFromItsText() {
        assertEquals(new Limit(30, Duration.ofMinutes(1)), Limit.parse(" 30 / PT1M "));
        assertThrows(IllegalArgumentException.class, () -> Limit.parse("30 a minute"));
        assertThrows(IllegalArgumentException.class, () -> Limit.parse("0/PT1M"));
    }
}
