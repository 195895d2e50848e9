package io.livechat.unread.control;

import io.livechat.unread.boundary.UnreadCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts what a person has not seen of open handovers, in one statement per call: for each handover,
 * the user's messages after the person's read mark of its conversation that came since the handover
 * was requested (the index on message (conversation_id, id) reads only those), plus one while the
 * mark names another handover or none (the person has not looked at this one). The caller has
 * checked that the person may see the bot.
 */
@ApplicationScoped
public class UnreadCounts {

    private static final String COUNTED = "SELECT h.id, h.conversation_id, h.bot_id,"
            + " (CASE WHEN r.handover_id IS NULL OR r.handover_id <> h.id THEN 1 ELSE 0 END)"
            + " + (SELECT COUNT(*) FROM message m WHERE m.conversation_id = h.conversation_id AND m.sender = 'USER'"
            + " AND m.id > COALESCE(r.last_message_id, 0) AND m.created_at > h.requested_at) AS unread"
            + " FROM handover h LEFT JOIN conversation_read r ON r.user_id = ?1 AND r.conversation_id = h.conversation_id"
            + " WHERE h.state IN ('PENDING', 'ASSIGNED') AND h.bot_id = ?2";
    /** The person's two Live Chat lists: every pending handover, and the assigned ones they see (?3: all of them). */
    private static final String IN_LISTS = " AND (h.state = 'PENDING' OR ?3 OR h.assignee_id = ?1)";

    @PersistenceContext
    private EntityManager em;

    /** The open handovers of the bot among those named, with what the person has not seen of each. */
    public List<UnreadCount> of(long userId, long botId, Collection<Long> handoverIds) {
        if (handoverIds.isEmpty()) {
            return List.of();
        }
        // Numbers only, so the list can stand in the statement (a native query takes no collection parameter).
        String ids = handoverIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return rows(em.createNativeQuery(COUNTED + " AND h.id IN (" + ids + ")")
                .setParameter(1, userId).setParameter(2, botId).getResultList());
    }

    /** The handovers of the person's lists at the bot with anything unread, oldest request first. */
    public List<UnreadCount> unreadInLists(long userId, long botId, boolean allAssigned) {
        return rows(em.createNativeQuery("SELECT * FROM (" + COUNTED + IN_LISTS
                        + " ORDER BY h.requested_at, h.id) counted WHERE unread > 0")
                .setParameter(1, userId).setParameter(2, botId).setParameter(3, allAssigned).getResultList());
    }

    /** The sum of what the person has not seen in their lists at the bot. */
    public long total(long userId, long botId, boolean allAssigned) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(unread), 0) FROM (" + COUNTED + IN_LISTS + ") counted")
                .setParameter(1, userId).setParameter(2, botId).setParameter(3, allAssigned).getSingleResult();
        return ((Number) sum).longValue();
    }

    private static List<UnreadCount> rows(List<?> rows) {
        return rows.stream().map(Object[].class::cast)
                .map(row -> new UnreadCount(number(row[0]), number(row[1]), number(row[2]), (int) number(row[3])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
