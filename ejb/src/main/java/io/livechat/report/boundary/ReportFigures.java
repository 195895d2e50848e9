package io.livechat.report.boundary;

import java.io.Serializable;

/**
 * The figures of the handovers requested in the period (and matching the filters). The times are in
 * seconds, whole seconds per handover, median and 90th percentile interpolated as {@code PERCENTILE_CONT}
 * does; null where no handover has that time.
 *
 * @param requested handovers requested in the period
 * @param assigned  of those, assigned at least once
 * @param resolved  of those, resolved
 * @param returned  of those, given back to the queue at least once (unassigned, by anyone or for being offline)
 * @param waiting   of those, waiting in the queue now
 */
public record ReportFigures(long requested, long assigned, long resolved, long returned, long waiting,
                            Double waitMedian, Double wait90, Double firstResponseMedian, Double firstResponse90,
                            Double handlingMedian, Double handling90) implements Serializable {

    /** Resolved of requested, 0 to 1; null when none was requested. */
    public Double shareResolved() {
        return requested == 0 ? null : (double) resolved / requested;
    }
}
