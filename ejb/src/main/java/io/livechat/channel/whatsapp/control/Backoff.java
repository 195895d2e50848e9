package io.livechat.channel.whatsapp.control;

import java.time.Duration;

/** Exponential backoff with a ceiling, so a long outage does not push retries out for days. */
final class Backoff {

    static final Duration CEILING = Duration.ofHours(1);

    private Backoff() {
    }

    /** The delay after the given number of failed attempts (1 = after the first failure). */
    static Duration after(Duration first, int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(CEILING) > 0 ? CEILING : delay;
    }
}
