package io.livechat.it.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the server does in the background (webhook processing, sends and their retries). */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Supplier<T> probe, Predicate<T> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }
}
