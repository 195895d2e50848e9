package io.livechat.agent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    @Test
    void theWaitDoublesWithEveryFurtherFailureUpToTheMaximum() {
        Duration first = Duration.ofSeconds(1);
        Duration max = Duration.ofMinutes(15);
        assertEquals(Duration.ofSeconds(1), LoginFailures.backoff(0, first, max));
        assertEquals(Duration.ofSeconds(2), LoginFailures.backoff(1, first, max));
        assertEquals(Duration.ofSeconds(512), LoginFailures.backoff(9, first, max));
        assertEquals(max, LoginFailures.backoff(10, first, max));
        assertEquals(max, LoginFailures.backoff(1_000, first, max));
    }
}
