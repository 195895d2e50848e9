package io.livechat.report.boundary;

import java.util.Arrays;

/** The periods the report offers, by their URL names; a period is whole days in the viewer's zone. */
public enum ReportPeriod {
    TODAY("today"),
    YESTERDAY("yesterday"),
    LAST_7_DAYS("7d"),
    LAST_30_DAYS("30d"),
    CUSTOM("custom");

    private final String parameter;

    ReportPeriod(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    static ReportPeriod of(String parameter) {
        return Arrays.stream(values()).filter(period -> period.parameter.equals(parameter)).findFirst()
                .orElseThrow(() -> new InvalidFilterException("period",
                        "must be today, yesterday, 7d, 30d or custom, not '" + shorten(parameter) + "'"));
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
