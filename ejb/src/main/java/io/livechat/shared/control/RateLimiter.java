package io.livechat.shared.control;

import io.livechat.shared.boundary.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets, one per key (an address, a visitor, a bot): a {@link Limit} of n per period lets n
 * through at once and then one every period/n. The buckets live in this node's memory, so in a
 * cluster of k nodes a source that spreads its requests gets up to k times the limit; the limits
 * that must hold cluster-wide (an account's wrong passwords) are kept in the database instead.
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets that refilled completely are forgotten once there are this many. */
    private static final int SWEEP_AT = 10_000;

    /** At most {@code permits} per {@code period}, such as {@code 30/PT1M}. */
    public record Limit(int permits, Duration period) {

        public Limit {
            if (permits < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A limit lets at least one through per positive period");
            }
        }

        /** Reads {@code 30/PT1M}: thirty a minute. */
        public static Limit parse(String text) {
            String[] parts = text.strip().split("/");
            try {
                return new Limit(Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a limit such as 30/PT1M: " + text, e);
            }
        }

        double perNano() {
            return permits / (double) period.toNanos();
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    public RateLimiter() {
    }

    /** For plain tests: a limiter on this clock. */
    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one permit of the key's bucket, or refuses with how long until the next one.
     *
     * @param what what is limited, for the refusal's text, such as "new chats from this address"
     */
    public void take(String key, Limit limit, String what) {
        refuseAfter(bucket(key, limit).take(now()), limit, what);
    }

    /**
     * Refuses when the key's bucket is empty, taking nothing: for what counts only when it fails. A
     * key that never spent anything has no bucket, and checking it makes none (every sign-in checks).
     */
    public void check(String key, Limit limit, String what) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            refuseAfter(bucket.waitFor(now()), limit, what);
        }
    }

    /** Takes a permit if there is one: a failure counted after the fact. */
    public void spend(String key, Limit limit) {
        bucket(key, limit).take(now());
    }

    private Bucket bucket(String key, Limit limit) {
        if (buckets.size() >= SWEEP_AT) {
            long now = now();
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit, now()));
    }

    private long now() {
        return clock.millis() * 1_000_000L;
    }

    private static void refuseAfter(long waitNanos, Limit limit, String what) {
        if (waitNanos > 0) {
            Duration wait = Duration.ofNanos(waitNanos);
            throw new RateLimitedException("Too many " + what + " (at most " + limit.permits() + " per "
                    + limit.period().toString().substring(2).toLowerCase(Locale.ROOT) + "); try again in "
                    + RateLimitedException.seconds(wait) + " s", wait);
        }
    }

    private static final class Bucket {

        private final Limit limit;
        private double tokens;
        private long at;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.permits();
            this.at = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return waitFor(now);
        }

        synchronized long waitFor(long now) {
            refill(now);
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / limit.perNano());
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= limit.permits();
        }

        private void refill(long now) {
            tokens = Math.min(limit.permits(), tokens + (now - at) * limit.perNano());
            at = Math.max(at, now);
        }
    }
}
