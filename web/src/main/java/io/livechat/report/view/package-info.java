/** The handover report's page (console/reports.xhtml): filters in the URL, figures, charts, tables, drill-down, exports. */
package io.livechat.report.view;
