package io.livechat.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * A column of an exported table: its header, the type of its cells and how a row gives its cell.
 * A cell may be null (an empty cell); otherwise it is of the type's Java class.
 *
 * @param <R> the row, usually a boundary's record
 */
public record Column<R>(String header, Type type, Function<? super R, ?> value) {

    /** What a column's cells hold, which decides how each format writes them. */
    public enum Type {
        /** Any object, written as its {@code toString()}; in CSV guarded against spreadsheet formulas. */
        TEXT,
        /** A {@link Number}. */
        NUMBER,
        /** An {@link Instant}, shown in the table's zone. */
        DATE_TIME,
        /** A {@link LocalDate}, such as a day of a chart. */
        DATE,
        /** A {@link Duration}, shown as {@code [h]:mm:ss}. */
        DURATION
    }

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static <R> Column<R> text(String header, Function<? super R, ?> value) {
        return new Column<>(header, Type.TEXT, value);
    }

    public static <R> Column<R> number(String header, Function<? super R, ? extends Number> value) {
        return new Column<>(header, Type.NUMBER, value);
    }

    public static <R> Column<R> dateTime(String header, Function<? super R, Instant> value) {
        return new Column<>(header, Type.DATE_TIME, value);
    }

    public static <R> Column<R> date(String header, Function<? super R, LocalDate> value) {
        return new Column<>(header, Type.DATE, value);
    }

    public static <R> Column<R> duration(String header, Function<? super R, Duration> value) {
        return new Column<>(header, Type.DURATION, value);
    }

    /** The cell of the row: null or an object of the column's type. */
    Object cellOf(R row) {
        return value.apply(row);
    }
}
