package io.livechat.report.boundary;

import io.livechat.audit.boundary.AuditEntry;
import io.livechat.conversation.boundary.MessageView;
import java.util.List;

/** One handover's drill-down: its row, every transition of its audit trail, and its conversation's transcript. */
public record HandoverAudit(ReportRow handover, List<AuditEntry> trail, List<MessageView> transcript) {

    public HandoverAudit {
        trail = List.copyOf(trail);
        transcript = List.copyOf(transcript);
    }
}
