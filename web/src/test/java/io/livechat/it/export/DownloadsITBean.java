package io.livechat.it.export;

import io.livechat.console.ViewerZone;
import io.livechat.export.Column;
import io.livechat.export.Downloads;
import io.livechat.export.Format;
import io.livechat.export.RowSource;
import io.livechat.export.Table;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The backing bean of DownloadsIT.xhtml, deployed only with DownloadsIT: exports of made-up rows,
 * read through the real RowSource in pages of 500 and sent by Downloads as the page's answer.
 */
@Named
@RequestScoped
public class DownloadsITBean {

    /** The rows the CSV button sends. */
    static final int CSV_ROWS = 100_000;
    static final int TYPED_ROWS = 3;
    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    /** One made-up row; every 1,000th contact looks like a formula. */
    public record Line(long id, String contact, Instant at, Duration waited, double share) {

        static Line of(long id) {
            return new Line(id, id % 1_000 == 0 ? "=cmd|'/c calc'!A1" : "Müller " + id, START.plusSeconds(id * 60),
                    Duration.ofSeconds(id * 3_601), id / 4.0);
        }
    }

    private static final List<Column<Line>> COLUMNS = List.of(Column.number("Id", Line::id),
            Column.text("Contact", Line::contact), Column.dateTime("Requested", Line::at),
            Column.duration("Waited", Line::waited), Column.number("Share", Line::share));

    private ZoneId zone = ViewerZone.DEFAULT;

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public void csv() throws IOException {
        Downloads.send(Format.CSV, "Müller's downloads", table(CSV_ROWS));
    }

    public void xlsx() throws IOException {
        Downloads.send(Format.XLSX, "downloads", table(TYPED_ROWS));
    }

    public void pdf() throws IOException {
        Downloads.send(Format.PDF, "downloads", table(TYPED_ROWS));
    }

    private Table<Line> table(int rows) {
        return new Table<>("Downloads", zone, COLUMNS, RowSource.keyset((last, size) -> {
            long from = last == null ? 1 : last.id() + 1;
            return LongStream.rangeClosed(from, Math.min(rows, from + size - 1)).mapToObj(Line::of).toList();
        }));
    }
}
