package io.livechat.report.view;

import io.livechat.export.Column;
import io.livechat.export.RowSource;
import io.livechat.export.Rows;
import io.livechat.export.Table;
import io.livechat.report.boundary.AgentRow;
import io.livechat.report.boundary.HandoverReports;
import io.livechat.report.boundary.ReportFilter;
import io.livechat.report.boundary.ReportRow;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's two tables as exports (the page's CSV, XLSX and PDF, and the API's CSV): the same
 * columns as the page's tables, with the bundle's headers, times in the viewer's zone.
 */
public final class ReportTables {

    private ReportTables() {
    }

    /** The handovers table; its rows newest request first, read a keyset page at a time. */
    public static Table<ReportRow> handovers(ZoneId zone, Rows<ReportRow> rows) {
        ResourceBundle texts = texts();
        return new Table<>(texts.getString("report.handovers"), zone, List.of(
                Column.<ReportRow>number("Id", ReportRow::handoverId),
                Column.<ReportRow>text(texts.getString("report.col.contact"), ReportRow::contact),
                Column.<ReportRow>text(texts.getString("report.col.bot"), ReportRow::botName),
                Column.<ReportRow>text(texts.getString("report.col.channel"), ReportRow::channel),
                Column.<ReportRow>text(texts.getString("report.col.step"), ReportRow::step),
                Column.<ReportRow>text(texts.getString("report.col.state"), ReportRow::state),
                Column.<ReportRow>text(texts.getString("report.col.assignee"), ReportRow::assignee),
                Column.<ReportRow>dateTime(texts.getString("report.col.requested"), ReportRow::requestedAt),
                Column.<ReportRow>dateTime(texts.getString("report.col.firstAssigned"), ReportRow::firstAssignedAt),
                Column.<ReportRow>dateTime(texts.getString("report.col.resolved"), ReportRow::resolvedAt),
                Column.<ReportRow>text(texts.getString("report.col.tags"), row -> String.join(", ", row.tags()))), rows);
    }

    /** The filter's handovers for an export: the first page already read (the caller checked), then page after page. */
    public static Rows<ReportRow> rows(HandoverReports reports, ReportFilter filter, List<ReportRow> firstPage) {
        return RowSource.keyset((last, size) -> last == null ? firstPage : reports.handoversAfter(filter, last, size));
    }

    /** The agents' table. */
    public static Table<AgentRow> agents(ZoneId zone, List<AgentRow> agents) {
        ResourceBundle texts = texts();
        Rows<AgentRow> rows = agents::forEach;
        return new Table<>(texts.getString("report.agents"), zone, List.of(
                Column.<AgentRow>text(texts.getString("report.agent.name"), AgentRow::displayName),
                Column.<AgentRow>text("Username", AgentRow::username),
                Column.<AgentRow>number(texts.getString("report.agent.taken"), AgentRow::taken),
                Column.<AgentRow>number(texts.getString("report.agent.resolved"), AgentRow::resolved),
                Column.<AgentRow>number(texts.getString("report.agent.returned"), AgentRow::returned),
                Column.<AgentRow>duration(texts.getString("report.agent.firstResponse"), row -> duration(row.firstResponseMedian())),
                Column.<AgentRow>duration(texts.getString("report.agent.handling"), row -> duration(row.handlingMedian())),
                Column.<AgentRow>duration(texts.getString("report.agent.online"), row -> Duration.ofSeconds(row.onlineSeconds()))),
                rows);
    }

    private static Duration duration(Double seconds) {
        return seconds == null ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("io.livechat.console.Messages", Locale.ENGLISH);
    }
}
