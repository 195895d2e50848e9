package io.livechat.bench.whatsapp;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Waits until every webhook accepted after a mark has its message in the transcript, polling the
 * database. Gives up at the cap, or when nothing is left to process and nothing moved for ten
 * seconds (then messages were lost, not late).
 */
final class Drain {

    private static final long STALLED = Duration.ofSeconds(10).toNanos();

    private Drain() {
    }

    /** Where the drain ended: {@code doneAt} is the System.nanoTime() when it was complete, or -1. */
    record Result(long expected, long stored, long backlog, long doneAt) {

        boolean complete() {
            return doneAt >= 0;
        }

        long missing() {
            return Math.max(0, expected - stored);
        }
    }

    static Result await(Pipeline pipeline, String wamidPrefix, long inboxMark, Duration cap, Duration every)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + cap.toNanos();
        long lastStored = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long expected = pipeline.accepted(inboxMark);
            long stored = pipeline.stored(wamidPrefix);
            long now = System.nanoTime();
            if (stored >= expected) {
                return new Result(expected, stored, 0, now);
            }
            long backlog = pipeline.backlog(inboxMark);
            if (stored != lastStored) {
                lastStored = stored;
                lastChange = now;
            } else if (backlog == 0 && now - lastChange > STALLED) {
                return new Result(expected, stored, 0, -1);
            }
            if (now > deadline) {
                return new Result(expected, stored, backlog, -1);
            }
            Thread.sleep(every.toMillis());
        }
    }
}
