package io.livechat.report.boundary;

import java.io.Serializable;
import java.util.List;

/** The report of the filter's handovers: figures, chart points, waiting-time buckets and one row per agent. */
public record HandoverReport(ReportFilter filter, ReportWindow window, ReportFigures figures, List<ChartPoint> chart,
                             List<WaitBucket> waits, List<AgentRow> agents) implements Serializable {

    public HandoverReport {
        chart = List.copyOf(chart);
        waits = List.copyOf(waits);
        agents = List.copyOf(agents);
    }
}
