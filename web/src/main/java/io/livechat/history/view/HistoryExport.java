package io.livechat.history.view;

import io.livechat.console.Texts;
import io.livechat.export.Column;
import io.livechat.export.Downloads;
import io.livechat.export.Format;
import io.livechat.export.RowSource;
import io.livechat.export.Table;
import io.livechat.history.boundary.History;
import io.livechat.history.boundary.HistoryFilter;
import io.livechat.history.boundary.HistoryRow;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

/**
 * The history's results as an export: the page's filters, every match (not only the 500 the table
 * pages through), read through the one keyset loop of the exports, in the viewer's zone.
 */
final class HistoryExport {

    private HistoryExport() {
    }

    static void send(History history, HistoryFilter filter, String botName, ZoneId zone, Format format)
            throws IOException {
        List<Column<HistoryRow>> columns = List.of(
                Column.number(Texts.text("history.column.conversation"), HistoryRow::conversationId),
                Column.text(Texts.text("history.column.contact"), HistoryRow::contact),
                Column.text(Texts.text("history.column.channel"), row -> Texts.text("livechat.channel." + row.channel())),
                Column.dateTime(Texts.text("history.column.started"), HistoryRow::startedAt),
                Column.dateTime(Texts.text("history.column.last"), HistoryRow::lastMessageAt),
                Column.text(Texts.text("history.column.state"), row -> Texts.text("history.state." + row.state())),
                Column.text(Texts.text("history.column.tags"), row -> String.join(", ", row.tags())),
                Column.text(Texts.text("history.column.snippet"), HistoryRow::snippet));
        Table<HistoryRow> table = new Table<>(Texts.text("history.export.title", botName), zone, columns,
                RowSource.keyset((last, size) -> history.after(filter, last, size)));
        Downloads.send(format, "history-" + filter.botId(), table);
    }
}
