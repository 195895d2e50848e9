package io.livechat.report.control;

import io.livechat.conversation.entity.Channel;
import io.livechat.handover.entity.HandoverState;
import io.livechat.report.boundary.ReportWindow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one report reads, once the caller's bots are known: the bots, the period and the filters,
 * with the agent filter as an account id ({@code -1} for a username nobody has, which matches no row).
 * It writes the {@code WHERE} of the report's queries, over {@code handover h} or over
 * {@code handover_hold hh}, and their parameters in order.
 */
public record ReportScope(List<Long> botIds, ReportWindow window, Instant now, Channel channel, Long agentId,
                          HandoverState state, String tag, String step) {

    public ReportScope {
        botIds = List.copyOf(botIds);
    }

    public boolean isEmpty() {
        return botIds.isEmpty();
    }

    /** The end of the period as far as it has come: now, for a period that is not over. */
    public Instant until() {
        return now.isBefore(window.to()) ? now : window.to();
    }

    /** The handovers of the filter: {@code h} is the handover. */
    public String handovers(List<Object> parameters) {
        StringBuilder where = new StringBuilder(" h.bot_id IN (").append(placeholders(botIds.size()))
                .append(") AND h.requested_at >= ? AND h.requested_at < ?");
        parameters.addAll(botIds);
        parameters.add(Timestamp.from(window.from()));
        parameters.add(Timestamp.from(window.to()));
        handoverFilters(where, parameters);
        if (agentId != null) {
            where.append(" AND EXISTS (SELECT 1 FROM handover_hold a WHERE a.handover_id = h.id AND a.agent_id = ?)");
            parameters.add(agentId);
        }
        return where.toString();
    }

    /** Whether the filters need the handover row beside its holds. */
    public boolean needsHandover() {
        return channel != null || state != null || tag != null || step != null;
    }

    /** The holds of the filter's handovers: {@code hh} is the hold, {@code h} its handover if {@link #needsHandover}. */
    public String holds(List<Object> parameters) {
        StringBuilder where = new StringBuilder(" hh.bot_id IN (").append(placeholders(botIds.size()))
                .append(") AND hh.requested_at >= ? AND hh.requested_at < ?");
        parameters.addAll(botIds);
        parameters.add(Timestamp.from(window.from()));
        parameters.add(Timestamp.from(window.to()));
        if (agentId != null) {
            where.append(" AND hh.agent_id = ?");
            parameters.add(agentId);
        }
        handoverFilters(where, parameters);
        return where.toString();
    }

    private void handoverFilters(StringBuilder where, List<Object> parameters) {
        if (channel != null) {
            where.append(" AND h.channel = ?");
            parameters.add(channel.name());
        }
        if (state != null) {
            where.append(" AND h.state = ?");
            parameters.add(state.name());
        }
        if (step != null) {
            where.append(" AND h.step = ?");
            parameters.add(step);
        }
        if (tag != null) {
            where.append(" AND EXISTS (SELECT 1 FROM conversation_tag t WHERE t.conversation_id = h.conversation_id AND t.tag = ?)");
            parameters.add(tag);
        }
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static List<Object> parameters() {
        return new ArrayList<>();
    }
}
