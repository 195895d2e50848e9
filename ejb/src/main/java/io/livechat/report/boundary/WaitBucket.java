package io.livechat.report.boundary;

import java.io.Serializable;

/**
 * How many assigned handovers waited at least {@code fromSeconds} and under {@code toSeconds}
 * ({@link Long#MAX_VALUE}: no upper end) before their first assignment.
 */
public record WaitBucket(String key, long fromSeconds, long toSeconds, long handovers) implements Serializable {
}
