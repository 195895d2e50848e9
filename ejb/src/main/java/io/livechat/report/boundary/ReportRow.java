package io.livechat.report.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.handover.entity.HandoverState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One handover of the report's table.
 *
 * @param assignee who holds it (or resolved it), by display name; null while nobody does
 */
public record ReportRow(long handoverId, long conversationId, String contact, long botId, String botName,
                        Channel channel, String step, HandoverState state, String assignee, Instant requestedAt,
                        Instant firstAssignedAt, Instant resolvedAt, List<String> tags) implements Serializable {

    public ReportRow {
        tags = List.copyOf(tags);
    }
}
