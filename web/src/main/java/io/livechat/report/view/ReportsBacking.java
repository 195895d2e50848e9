package io.livechat.report.view;

import io.livechat.console.Texts;
import io.livechat.console.ViewerZone;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.view.Senders;
import io.livechat.export.Downloads;
import io.livechat.export.Format;
import io.livechat.export.RowSource;
import io.livechat.report.boundary.HandoverAudit;
import io.livechat.report.boundary.HandoverReport;
import io.livechat.report.boundary.HandoverReports;
import io.livechat.report.boundary.InvalidFilterException;
import io.livechat.report.boundary.ReportBot;
import io.livechat.report.boundary.ReportFilter;
import io.livechat.report.boundary.ReportRow;
import io.livechat.report.boundary.ReportSort;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/**
 * The handover report (console/reports.xhtml), for admins and managers: its filters are the URL's
 * (bookmarkable), read by {@link ReportFilter}; a filter it cannot read is a message on the page and
 * nothing else shows. An agent, or a manager whose URL names another bot, gets the 403 page;
 * {@code &handover=} of another bot the 404 page.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HandoverReports reports;

    private String period;
    private String from;
    private String to;
    private ZoneId zone = ViewerZone.DEFAULT;
    private String bot;
    private String channel;
    private String agent;
    private String state;
    private String tag;
    private String step;
    private Long handover;

    private ReportFilter filter;
    private HandoverReport report;
    private List<ReportBot> bots;
    private ReportTable table;
    private transient HandoverAudit audit;

    /** The view action: reads the filters and the report; refusals go to the error pages. */
    public void open() {
        try {
            filter = ReportFilter.parse(period, from, to, zone, bot, channel, agent, state, tag, step);
        } catch (InvalidFilterException e) {
            bots = reports.bots();
            Texts.error("report.invalid", e.filter(), e.getMessage());
            return;
        }
        report = reports.view(filter);
        bots = reports.bots();
        table = new ReportTable((sort, ascending, first, size) -> reports.handovers(filter, sort, ascending, first, size),
                report.figures().requested());
        if (handover != null) {
            audit = reports.audit(handover);
        }
    }

    /** Whether the filters were read and the report is there to show. */
    public boolean isReady() {
        return report != null;
    }

    public HandoverReport getReport() {
        return report;
    }

    public ReportTable getTable() {
        return table;
    }

    public HandoverAudit getAudit() {
        if (audit == null && handover != null && report != null) {
            audit = reports.audit(handover);
        }
        return audit;
    }

    /** The bots the bot filter offers (only those the caller supervises). */
    public List<ReportBot> getBots() {
        return bots == null ? List.of() : bots;
    }

    /** The report's own URL with its filters, and the drill-down of one handover. */
    public String drillDown(ReportRow row) {
        Map<String, String> parameters = new LinkedHashMap<>(filter.parameters());
        parameters.put("handover", String.valueOf(row.handoverId()));
        return "reports.xhtml?" + query(parameters);
    }

    /** The API's CSV of the same handovers. */
    public String apiUrl() {
        return "api/v1/reports/handovers?" + query(filter.parameters());
    }

    /** The page without its drill-down. */
    public String closeUrl() {
        return "reports.xhtml?" + query(filter.parameters());
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String time(Instant at) {
        return ReportTimes.time(at, zone);
    }

    public String duration(Double seconds) {
        return ReportTimes.duration(seconds);
    }

    /** A share of 0 to 1 as a whole percentage, a dash for none. */
    public String share(Double share) {
        return share == null ? "–" : Math.round(share * 1000) / 10.0 + " %";
    }

    public String bucket(Instant start) {
        return ReportTimes.bucket(start, zone, report.window().hourly());
    }

    /** The handovers-per-bucket chart with its waiting-time median (PrimeFaces' Chart.js configuration). */
    public String getVolumeChart() {
        return ReportCharts.volume(report, this::bucket, Texts.text("report.chart.handovers"),
                Texts.text("report.chart.waitMedian"));
    }

    /** The waiting-time distribution chart. */
    public String getWaitChart() {
        return ReportCharts.waits(report, key -> Texts.text("report.wait." + key), Texts.text("report.chart.handovers"));
    }

    /** Streams the handovers table with the page's filters (an {@code ajax="false"} button). */
    public void exportHandovers(String format) throws IOException {
        List<ReportRow> firstPage = reports.handoversAfter(filter, null, RowSource.PAGE_SIZE);
        Downloads.send(Format.valueOf(format), "handovers",
                ReportTables.handovers(zone, ReportTables.rows(reports, filter, firstPage)));
    }

    /** The agents' table as the page shows it. */
    public void exportAgents(String format) throws IOException {
        Downloads.send(Format.valueOf(format), "agents", ReportTables.agents(zone, report.agents()));
    }

    public String sender(MessageView message) {
        ReportRow row = getAudit().handover();
        return Senders.nameOf(message, row.contact(), row.botName());
    }

    /** The sorts the table offers, by the columns' field names. */
    static ReportSort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "firstAssigned" -> ReportSort.FIRST_ASSIGNED;
            case "resolved" -> ReportSort.RESOLVED;
            case "state" -> ReportSort.STATE;
            case "channel" -> ReportSort.CHANNEL;
            case "step" -> ReportSort.STEP;
            default -> ReportSort.REQUESTED;
        };
    }

    public ReportFilter getFilter() {
        return filter;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone == null ? ViewerZone.DEFAULT : zone;
    }

    public String getBot() {
        return bot;
    }

    public void setBot(String bot) {
        this.bot = bot;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public Long getHandover() {
        return handover;
    }

    public void setHandover(Long handover) {
        this.handover = handover;
    }
}
