package io.livechat.shared.boundary;

import java.time.Duration;
import java.util.Map;

/**
 * Too many requests of one kind from one source (an address, a visitor, an account): refused
 * without doing anything, and the caller may try again after {@link #retryAfter()}.
 */
public class RateLimitedException extends BusinessException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super("rate-limited", message, Map.of("retryAfter", seconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next try. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least one, as HTTP's Retry-After counts. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
