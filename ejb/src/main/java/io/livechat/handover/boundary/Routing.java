package io.livechat.handover.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.audit.entity.AuditEvent;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.handover.control.Seats;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds a bot's chats: its agent transfers an assigned chat to another online agent of the bot,
 * a supervisor (an admin, or a manager of the bot) reassigns one, and, where the bot says so, each
 * waiting handover is given to the online member with the fewest open chats. Each is decided under
 * the handover's row lock and then the new agent's membership lock ({@link Seats}), so a chat has one
 * owner and no agent more chats than the bot allows them, whatever races it on any node.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@PermitAll
public class Routing {

    /** The longest note an agent may leave for the one who takes the chat over. */
    public static final int NOTE_LENGTH = 500;

    private static final Comparator<AgentLoad> SHOWN = Comparator.comparing((AgentLoad load) -> !load.online())
            .thenComparing(AgentLoad::displayName).thenComparing(AgentLoad::username);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private Conversations conversations;

    @Inject
    private Seats seats;

    @Inject
    private Event<HandoverChanged> changes;

    @Inject
    private Clock clock;

    /** The bot's routing and its members' loads, for whoever may see the bot. */
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public RoutingView of(long botId) {
        Bot bot = access.visible(botId);
        return new RoutingView(bot.getId(), bot.getMaxChatsPerAgent().orElse(null), bot.isAutoAssign(),
                seats.loads(botId).stream().sorted(SHOWN).toList());
    }

    /** The bot's default limit of open chats per agent (null: none) and whether it assigns by itself. */
    @RolesAllowed("ADMIN")
    public RoutingView change(long botId, @Min(1) @Max(Bot.MAX_CHATS) Integer maxChatsPerAgent, boolean autoAssign) {
        access.find(botId).changeRouting(maxChatsPerAgent, autoAssign);
        em.flush();
        return of(botId);
    }

    /** A member's own limit of open chats of the bot, overriding the bot's (null: the bot's applies). */
    @RolesAllowed("ADMIN")
    public RoutingView changeAgent(long botId, String username, @Min(1) @Max(Bot.MAX_CHATS) Integer maxChats) {
        Bot bot = access.find(botId);
        UserAccount agent = accounts.findByUsername(username).filter(bot::hasMember)
                .orElseThrow(() -> new NotFoundException("Member of bot " + botId, username));
        seats.limit(bot, agent, maxChats);
        return of(botId);
    }

    /**
     * The agent who holds the chat gives it to another online agent of the bot, with an optional note
     * for them (kept in the audit trail); the user is told the new agent's name.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public HandoverView transfer(long handoverId, @NotBlank String to, @Size(max = NOTE_LENGTH) String note) {
        Handover handover = locked(handoverId);
        UserAccount caller = accounts.current();
        Handovers.requireState(handover, HandoverState.ASSIGNED, "transferred");
        if (!handover.isAssignedTo(caller)) {
            UserAccount holder = handover.getAssignee().orElseThrow();
            throw new ConflictException("not-holder", "Only the agent who holds handover " + handoverId
                    + " may transfer it; " + holder.getDisplayName() + " (" + holder.getUsername() + ") does",
                    holderDetails(holder));
        }
        return handOn(handover, HandoverAction.TRANSFERRED, caller, to, note);
    }

    /**
     * A supervisor moves the chat from its agent ({@code from}, when given, must still hold it) to
     * another online agent of the bot; the user is told the new agent's name.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public HandoverView reassign(long handoverId, String from, @NotBlank String to,
                                 @Size(max = NOTE_LENGTH) String note) {
        Handover handover = locked(handoverId);
        UserAccount caller = accounts.current();
        if (!access.supervises(handover.getBot(), caller)) {
            throw new AccessDeniedException("Only an admin or a manager of the bot may reassign handover " + handoverId);
        }
        Handovers.requireState(handover, HandoverState.ASSIGNED, "reassigned");
        UserAccount holder = handover.getAssignee().orElseThrow();
        if (from != null && !from.isBlank() && !from.strip().equals(holder.getUsername())) {
            throw new ConflictException("assignee-changed", "Handover " + handoverId + " is held by "
                    + holder.getDisplayName() + " (" + holder.getUsername() + ") now, not by " + from.strip(),
                    holderDetails(holder));
        }
        return handOn(handover, HandoverAction.REASSIGNED, caller, to, note);
    }

    /**
     * Gives the bot's oldest waiting handover that nobody else is deciding on now to the online member
     * with the fewest open chats under their limit, the one idle longest among equals. For the handover
     * feature's auto-assignment only, in a transaction of its own: the handover is taken with
     * {@code SKIP LOCKED} (whoever holds it, say an agent clicking "Assign to me", decides it), the agent
     * under their membership's lock.
     *
     * @return whether a handover was assigned (false: none waits, nobody qualifies, or the bot assigns none)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean assignNext(long botId) {
        Bot bot = em.find(Bot.class, botId);
        List<String> candidates = bot == null || !bot.isAutoAssign() ? List.of() : seats.candidates(botId);
        if (candidates.isEmpty()) {
            return false;
        }
        List<?> next = em.createNativeQuery("SELECT id FROM handover WHERE bot_id = ? AND state = 'PENDING'"
                        + " ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, botId).getResultList();
        if (next.isEmpty()) {
            return false;
        }
        Handover handover = em.find(Handover.class, ((Number) next.get(0)).longValue());
        for (String username : candidates) {
            UserAccount agent = accounts.findByUsername(username).orElseThrow();
            if (seats.tryClaim(bot, agent)) {
                Instant now = clock.instant();
                handover.assignTo(agent, now);
                seats.given(bot, agent, now);
                conversations.postNotice(handover.getConversation(), bot.getTexts().transferred());
                changes.fire(HandoverChanged.of(handover, HandoverAction.ASSIGNED, HandoverState.PENDING, now,
                        HandoverChanged.SYSTEM, "Assigned automatically to " + name(agent)));
                return true;
            }
        }
        return false;
    }

    /**
     * What the last transfer or reassignment of the chat said (who moved it, the note), for the agent
     * who holds it now; empty for anybody else, or when it was not moved to them.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public Optional<String> handedOnNote(long handoverId) {
        Handover handover = access.visibleRecord(em.find(Handover.class, handoverId), Handover::getBot, "Handover",
                handoverId);
        if (!handover.isAssignedTo(accounts.current())) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.handoverId = :handoverId"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("handoverId", handoverId).setMaxResults(1).getResultStream().findFirst()
                .filter(last -> last.getAction() == HandoverAction.TRANSFERRED || last.getAction() == HandoverAction.REASSIGNED)
                .map(AuditEvent::getDetail);
    }

    private HandoverView handOn(Handover handover, HandoverAction action, UserAccount by, String to, String note) {
        Bot bot = handover.getBot();
        UserAccount target = accounts.findByUsername(to.strip()).filter(bot::hasMember).filter(UserAccount::isEnabled)
                .orElseThrow(() -> Seats.notMember(bot, to.strip()));
        UserAccount holder = handover.getAssignee().orElseThrow();
        if (target.equals(holder)) {
            throw new ConflictException("same-agent", name(target) + " holds handover " + handover.getId() + " already",
                    holderDetails(holder));
        }
        if (!target.isOnline()) {
            throw new ConflictException("agent-offline", target.getDisplayName() + " is offline: only an online agent"
                    + " can take a chat over", Map.of("agent", target.getUsername(), "agentName", target.getDisplayName()));
        }
        seats.claim(bot, target, false);
        Instant now = clock.instant();
        handover.handOnTo(target, now);
        seats.given(bot, target, now);
        conversations.postNotice(handover.getConversation(), bot.getTexts().handedOnTo(target.getDisplayName()));
        changes.fire(HandoverChanged.of(handover, action, HandoverState.ASSIGNED, now, by.getUsername(),
                detail(action, holder, target, by, note)));
        return HandoverView.of(handover);
    }

    /** What the audit trail keeps, and the new agent reads: who moved it from whom to whom, and the note. */
    private static String detail(HandoverAction action, UserAccount from, UserAccount to, UserAccount by, String note) {
        String moved = (action == HandoverAction.TRANSFERRED ? "Transferred" : "Reassigned by " + name(by))
                + " from " + name(from) + " to " + name(to);
        return note == null || note.isBlank() ? moved : moved + ". Note: " + note.strip();
    }

    private static String name(UserAccount account) {
        return account.getDisplayName() + " (" + account.getUsername() + ")";
    }

    private static Map<String, Object> holderDetails(UserAccount holder) {
        return Map.of("assignee", holder.getUsername(), "assigneeName", holder.getDisplayName());
    }

    private Handover locked(long handoverId) {
        return access.visibleRecord(em.find(Handover.class, handoverId, LockModeType.PESSIMISTIC_WRITE),
                Handover::getBot, "Handover", handoverId);
    }
}
