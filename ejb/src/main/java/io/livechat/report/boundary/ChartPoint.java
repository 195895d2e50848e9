package io.livechat.report.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One hour or day of the chart: the handovers requested in it and their median waiting time (seconds, null if none was assigned). */
public record ChartPoint(Instant start, long handovers, Double waitMedian) implements Serializable {
}
