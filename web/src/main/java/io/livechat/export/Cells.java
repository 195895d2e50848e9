package io.livechat.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A cell as text, the same in the CSV and the PDF: times in the table's zone, durations as {@code [h]:mm:ss}. */
final class Cells {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Cells() {
    }

    /** The text of a cell of the type; an empty string for null. */
    static String text(Column.Type type, Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> value.toString();
            case NUMBER -> number((Number) value);
            case DATE_TIME -> DATE_TIME.format(((Instant) value).atZone(zone));
            case DATE -> ((LocalDate) value).toString();
            case DURATION -> duration((Duration) value);
        };
    }

    /** A number as a BI tool reads it: no grouping, a point, no exponent. */
    private static String number(Number value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        BigDecimal decimal = value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }

    /** {@code [h]:mm:ss}: whole seconds, the hours not wrapped at a day, as a spreadsheet's duration format shows it. */
    static String duration(Duration value) {
        long seconds = value.getSeconds();
        String sign = seconds < 0 ? "-" : "";
        long abs = Math.abs(seconds);
        return String.format("%s%d:%02d:%02d", sign, abs / 3600, abs / 60 % 60, abs % 60);
    }
}
