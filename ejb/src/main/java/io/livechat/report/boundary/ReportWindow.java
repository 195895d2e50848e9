package io.livechat.report.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The instants a report's period covers, {@code [from, to)}, and the starts of its chart's buckets:
 * the hours of a one-day period, else its days, in the viewer's zone.
 */
public record ReportWindow(Instant from, Instant to, List<Instant> bucketStarts, boolean hourly, ZoneId zone)
        implements Serializable {

    public ReportWindow {
        bucketStarts = List.copyOf(bucketStarts);
    }
}
