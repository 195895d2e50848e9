package io.livechat.report.rest;

import io.livechat.console.ViewerZone;
import io.livechat.export.Downloads;
import io.livechat.export.Format;
import io.livechat.export.RowSource;
import io.livechat.export.TableExport;
import io.livechat.report.boundary.HandoverReports;
import io.livechat.report.boundary.ReportFilter;
import io.livechat.report.boundary.ReportRow;
import io.livechat.report.view.ReportTables;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.ZoneId;
import java.util.List;

/**
 * The handover report's table as CSV for BI tools, with the report page's filters and parameter
 * names. Streamed: rows are read in keyset pages as they are written. The caller and the filters are
 * checked before the first byte (403, 404 or 422 problems). No {@code @Produces}: whatever the Accept
 * header, a refusal stays a refusal rather than becoming a 406.
 */
@Path("reports/handovers")
@RequestScoped
public class ReportResource {

    @Inject
    private HandoverReports reports;

    @GET
    public Response handovers(@QueryParam("period") String period, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam(ViewerZone.PARAMETER) String zone,
                              @QueryParam("bot") String bot, @QueryParam("channel") String channel,
                              @QueryParam("agent") String agent, @QueryParam("state") String state,
                              @QueryParam("tag") String tag, @QueryParam("step") String step) {
        ZoneId viewerZone = ViewerZone.of(zone);
        ReportFilter filter = ReportFilter.parse(period, from, to, viewerZone, bot, channel, agent, state, tag, step);
        List<ReportRow> firstPage = reports.handoversAfter(filter, null, RowSource.PAGE_SIZE);
        StreamingOutput csv = out -> TableExport.write(Format.CSV,
                ReportTables.handovers(viewerZone, ReportTables.rows(reports, filter, firstPage)), out);
        return Response.ok(csv, Format.CSV.contentType())
                .header("Content-Disposition", Downloads.disposition("handovers", Format.CSV))
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
