package io.livechat.handover.control;

import io.livechat.agent.entity.UserAccount;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.Cursor;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import io.livechat.shared.entity.FetchHints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/**
 * A bot's handovers in one state (optionally of one assignee), a page at a time, oldest request
 * first: ordered by request time, then id, so the order is total and a page starts right after the
 * key of the previous page's last row. One query per page reads the handovers with their
 * conversation, its contact and the assignee (what a list row shows); the total is an aggregate
 * count. The caller has checked that the bot may be seen.
 */
@ApplicationScoped
public class HandoverLists {

    private static final String SELECT = "SELECT h FROM Handover h JOIN FETCH h.conversation c JOIN FETCH c.contact"
            + " LEFT JOIN FETCH h.assignee WHERE h.bot.id = :botId AND h.state = :state";
    private static final String AFTER = " AND (h.requestedAt > :at OR (h.requestedAt = :at AND h.id > :id))";
    private static final String ORDER = " ORDER BY h.requestedAt, h.id";
    private static final String COUNT = "SELECT COUNT(h) FROM Handover h WHERE h.bot.id = :botId AND h.state = :state";
    private static final String OF_ASSIGNEE = " AND h.assignee = :assignee";
    private static final String UP_TO = " AND (h.requestedAt < :at OR (h.requestedAt = :at AND h.id <= :id))";

    @PersistenceContext
    private EntityManager em;

    /** A page of the bot's handovers in the state, each shown as the view makes it, with the total. */
    public <T> Page<T> inState(long botId, HandoverState state, UserAccount assignee, PageRequest request,
                               Function<Handover, T> view) {
        String filter = assignee == null ? "" : OF_ASSIGNEE;
        TypedQuery<Handover> rows = em.createQuery(SELECT + filter + (request.isFirst() ? "" : AFTER) + ORDER,
                        Handover.class)
                .setParameter("botId", botId)
                .setParameter("state", state)
                // The JPQL's join of c.contact alone would still read each contact on its own.
                .setHint(FetchHints.JOIN_FETCH, "h.conversation.contact")
                .setMaxResults(request.rowsToRead());
        if (assignee != null) {
            rows.setParameter("assignee", assignee);
        }
        if (!request.isFirst()) {
            rows.setParameter("at", request.after().time()).setParameter("id", request.after().id());
        }
        List<Handover> read = rows.getResultList();
        return Page.of(read, request, HandoverLists::keyOf, view, count(botId, state, assignee));
    }

    /** How many of the bot's handovers are in the state (of the assignee, if one is named): one aggregate query. */
    public long count(long botId, HandoverState state, UserAccount assignee) {
        TypedQuery<Long> total = em.createQuery(COUNT + (assignee == null ? "" : OF_ASSIGNEE), Long.class)
                .setParameter("botId", botId)
                .setParameter("state", state);
        if (assignee != null) {
            total.setParameter("assignee", assignee);
        }
        return total.getSingleResult();
    }

    /**
     * The pending handover's place in its bot's queue (1: the next in the pending list): one count
     * that the index on (bot, state, request time, id) answers by a range read.
     */
    public long position(Handover handover) {
        return em.createQuery(COUNT + UP_TO, Long.class)
                .setParameter("botId", handover.getBot().getId())
                .setParameter("state", HandoverState.PENDING)
                .setParameter("at", handover.getRequestedAt())
                .setParameter("id", handover.getId())
                .getSingleResult();
    }

    /** Where the handover stands in its list's order. */
    public static Cursor keyOf(Handover handover) {
        return Cursor.after(handover.getRequestedAt(), handover.getId());
    }
}
