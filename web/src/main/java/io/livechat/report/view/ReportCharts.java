package io.livechat.report.view;

import io.livechat.report.boundary.ChartPoint;
import io.livechat.report.boundary.HandoverReport;
import io.livechat.report.boundary.WaitBucket;
import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.function.Function;

/** The report's two charts as Chart.js configurations for PrimeFaces' {@code p:chart}. */
final class ReportCharts {

    private ReportCharts() {
    }

    /** Handovers per hour or day (bars) with the median waiting time in minutes (a line on its own axis). */
    static String volume(HandoverReport report, Function<Instant, String> label, String handovers, String waitMedian) {
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        JsonArrayBuilder counts = Jsonp.createArrayBuilder();
        JsonArrayBuilder medians = Jsonp.createArrayBuilder();
        for (ChartPoint point : report.chart()) {
            labels.add(label.apply(point.start()));
            counts.add(point.handovers());
            if (point.waitMedian() == null) {
                medians.addNull();
            } else {
                medians.add(Math.round(point.waitMedian() / 6.0) / 10.0);
            }
        }
        JsonArrayBuilder datasets = Jsonp.createArrayBuilder()
                .add(Jsonp.createObjectBuilder().add("type", "bar").add("label", handovers).add("data", counts)
                        .add("backgroundColor", "#4f8fd6").add("yAxisID", "y"))
                .add(Jsonp.createObjectBuilder().add("type", "line").add("label", waitMedian).add("data", medians)
                        .add("borderColor", "#d9822b").add("backgroundColor", "#d9822b").add("spanGaps", true)
                        .add("yAxisID", "wait"));
        JsonObjectBuilder scales = Jsonp.createObjectBuilder()
                .add("y", Jsonp.createObjectBuilder().add("beginAtZero", true).add("position", "left"))
                .add("wait", Jsonp.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                        .add("grid", Jsonp.createObjectBuilder().add("drawOnChartArea", false)));
        return config("bar", labels, datasets, scales);
    }

    /** How many handovers waited how long before their first assignment, in the report's buckets. */
    static String waits(HandoverReport report, Function<String, String> label, String handovers) {
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        JsonArrayBuilder counts = Jsonp.createArrayBuilder();
        for (WaitBucket bucket : report.waits()) {
            labels.add(label.apply(bucket.key()));
            counts.add(bucket.handovers());
        }
        JsonArrayBuilder datasets = Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder().add("label", handovers)
                .add("data", counts).add("backgroundColor", "#4f8fd6"));
        JsonObjectBuilder scales = Jsonp.createObjectBuilder()
                .add("y", Jsonp.createObjectBuilder().add("beginAtZero", true));
        return config("bar", labels, datasets, scales);
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return Jsonp.createObjectBuilder().add("type", type)
                .add("data", Jsonp.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Jsonp.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", scales))
                .build().toString();
    }
}
