/**
 * The handover report for admins and managers: the filters ({@link io.livechat.report.boundary.ReportFilter}),
 * the figures, charts and per-agent rows of the filtered handovers, a page of the handovers themselves,
 * one handover's audit trail beside its transcript, and the rows of the report's exports.
 */
package io.livechat.report.boundary;
