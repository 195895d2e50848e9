package io.livechat.handover.control;

import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.handover.boundary.AgentLoad;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How many open chats (assigned, unresolved) each member of a bot holds and may hold: their own
 * limit ({@code bot_member.max_chats}), else the bot's default, else none. Every assignment of a chat
 * to an agent, whichever way (Assign to me, transfer, reassignment, auto-assignment), first locks the
 * agent's membership row ({@link #claim}) and counts under that lock, so assignments to one agent are
 * decided one after the other on every node and none overruns the limit. A transaction locks the
 * handover before the membership, always in that order, and one membership only.
 */
@ApplicationScoped
public class Seats {

    public static final String CAPACITY_REACHED = "capacity-reached";

    private static final String LOADS = "SELECT a.username, a.display_name, a.presence, COUNT(h.id), m.max_chats,"
            + " COALESCE(m.max_chats, b.max_chats_per_agent), m.last_assigned_at"
            + " FROM bot_member m JOIN bot b ON b.id = m.bot_id JOIN user_account a ON a.id = m.account_id"
            + " LEFT JOIN handover h ON h.bot_id = m.bot_id AND h.assignee_id = m.account_id AND h.state = 'ASSIGNED'"
            + " WHERE m.bot_id = ? AND a.enabled = TRUE"
            + " GROUP BY a.id, a.username, a.display_name, a.presence, m.max_chats, b.max_chats_per_agent, m.last_assigned_at";

    /** Fewest open chats first, then idle longest (never given one counts as longest), then by username. */
    private static final Comparator<AgentLoad> NEXT = Comparator.comparingLong(AgentLoad::openChats)
            .thenComparing(AgentLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AgentLoad::username);

    @PersistenceContext
    private EntityManager em;

    /**
     * Locks the agent's membership of the bot and makes sure they may take one more chat: refused with
     * 403 {@code not-member} outside the bot, 409 {@value #CAPACITY_REACHED} at their limit.
     *
     * @param self whether the agent asks for the chat themselves (the refusal then says "You")
     */
    public void claim(Bot bot, UserAccount agent, boolean self) {
        List<?> membership = em.createNativeQuery(
                        "SELECT COALESCE(max_chats, 0) FROM bot_member WHERE bot_id = ? AND account_id = ? FOR UPDATE")
                .setParameter(1, bot.getId()).setParameter(2, agent.getId()).getResultList();
        if (membership.isEmpty()) {
            throw notMember(bot, agent.getUsername());
        }
        int own = ((Number) membership.get(0)).intValue();
        Integer limit = own > 0 ? Integer.valueOf(own) : bot.getMaxChatsPerAgent().orElse(null);
        long open = openChats(bot, agent);
        if (limit != null && open >= limit) {
            String who = self ? "You hold " : agent.getDisplayName() + " holds ";
            throw new ConflictException(CAPACITY_REACHED, who + open + (open == 1 ? " chat" : " chats")
                    + ", the most this bot allows", Map.of("agent", agent.getUsername(), "agentName",
                    agent.getDisplayName(), "openChats", open, "maxChats", limit));
        }
    }

    /** Whether the agent may take one more chat of the bot; like {@link #claim}, under their membership's lock. */
    public boolean tryClaim(Bot bot, UserAccount agent) {
        try {
            claim(bot, agent, false);
            return true;
        } catch (ConflictException | AccessDeniedException full) {
            return false;
        }
    }

    /** Notes that a chat of the bot was just given to the agent: who waited longest gets the next one. */
    public void given(Bot bot, UserAccount agent, Instant at) {
        em.createNativeQuery("UPDATE bot_member SET last_assigned_at = ? WHERE bot_id = ? AND account_id = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, bot.getId()).setParameter(3, agent.getId())
                .executeUpdate();
    }

    /** How many open chats of the bot the agent holds: one count on the (bot, assignee, state) index. */
    public long openChats(Bot bot, UserAccount agent) {
        return em.createQuery("SELECT COUNT(h) FROM Handover h WHERE h.bot = :bot AND h.assignee = :agent"
                        + " AND h.state = :state", Long.class)
                .setParameter("bot", bot).setParameter("agent", agent).setParameter("state", HandoverState.ASSIGNED)
                .getSingleResult();
    }

    /** Every enabled member of the bot with their open chats and limit: one query. */
    public List<AgentLoad> loads(long botId) {
        List<?> rows = em.createNativeQuery(LOADS).setParameter(1, botId).getResultList();
        return rows.stream().map(row -> load((Object[]) row)).toList();
    }

    /**
     * Who gets the bot's next handover: the online members with room, fewest open chats first, then the
     * one idle longest (a chat of this bot given to them longest ago, or never), then by username.
     */
    public List<String> candidates(long botId) {
        return loads(botId).stream().filter(AgentLoad::online).filter(AgentLoad::hasRoom)
                .sorted(NEXT).map(AgentLoad::username).toList();
    }

    /** An agent's own limit of open chats of the bot, overriding the bot's; null: the bot's applies. */
    public void limit(Bot bot, UserAccount agent, Integer maxChats) {
        em.createNativeQuery("UPDATE bot_member SET max_chats = ? WHERE bot_id = ? AND account_id = ?")
                .setParameter(1, maxChats).setParameter(2, bot.getId()).setParameter(3, agent.getId())
                .executeUpdate();
    }

    /** The refusal of a chat given to somebody who is not an agent of the bot (or nobody at all). */
    public static AccessDeniedException notMember(Bot bot, String username) {
        return new AccessDeniedException("not-member", username + " is not an agent of bot " + bot.getId(),
                Map.of("agent", username));
    }

    private static AgentLoad load(Object[] row) {
        return new AgentLoad((String) row[0], (String) row[1], "ONLINE".equals(row[2]), ((Number) row[3]).longValue(),
                integer(row[5]), integer(row[4]), instant(row[6]));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
