package io.livechat.report.boundary;

import java.io.Serializable;

/** A bot the caller may report on: the page's bot filter offers these. */
public record ReportBot(long id, String name) implements Serializable {
}
