package io.livechat.report.view;

import io.livechat.console.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report writes its times and durations: in the viewer's zone, durations in words of the bundle. */
public final class ReportTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private ReportTimes() {
    }

    /** A moment in the zone, {@code 2026-11-30 14:05:09}; empty for none. */
    public static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** A chart bucket's label: its hour for a one-day period, else its day. */
    public static String bucket(Instant start, ZoneId zone, boolean hourly) {
        return (hourly ? HOUR : DAY).format(start.atZone(zone));
    }

    /**
     * A duration in seconds as the report shows it: {@code 42 s} (with one decimal where an
     * interpolated percentile has one), {@code 4 min 12 s}, {@code 2 h 5 min}; a dash for none.
     */
    public static String duration(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        if (seconds < 60) {
            double tenths = Math.round(seconds * 10) / 10.0;
            return Texts.text("report.seconds", tenths == Math.rint(tenths)
                    ? String.valueOf((long) tenths) : String.valueOf(tenths));
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return Texts.text("report.minutes", whole / 60, whole % 60);
        }
        return Texts.text("report.hours", whole / 3600, whole % 3600 / 60);
    }
}
