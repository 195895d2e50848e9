package io.livechat.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: a title (the PDF's heading and the XLSX sheet's name), the zone its times are
 * shown in (the viewer's, {@link io.livechat.console.ViewerZone}), its columns and its rows.
 *
 * @param <R> the row
 */
public record Table<R>(String title, ZoneId zone, List<Column<R>> columns, Rows<R> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rows, "rows");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table has at least one column");
        }
    }

    /** The headers, in column order. */
    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
