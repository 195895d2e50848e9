package io.livechat.report.boundary;

/** The columns the handover table sorts by, in the database; ties are broken by the handover's id. */
public enum ReportSort {
    REQUESTED("h.requested_at"),
    FIRST_ASSIGNED("h.first_assigned_at"),
    RESOLVED("h.resolved_at"),
    STATE("h.state"),
    CHANNEL("h.channel"),
    STEP("h.step");

    private final String column;

    ReportSort(String column) {
        this.column = column;
    }

    /** The SQL column, from this fixed list only. */
    public String column() {
        return column;
    }
}
