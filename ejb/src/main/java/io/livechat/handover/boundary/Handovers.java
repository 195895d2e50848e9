package io.livechat.handover.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.boundary.Contacts;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.boundary.TranscriptLine;
import io.livechat.conversation.entity.Conversation;
import io.livechat.handover.control.HandoverLists;
import io.livechat.handover.control.Seats;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import io.livechat.shared.control.UniqueKeys;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The handover lifecycle. Every transition is decided under the handover's row lock, so that of two
 * agents who click "Assign to me" together exactly one wins and the other is told who has it; every
 * transition fires {@link HandoverChanged} in its transaction.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@PermitAll
public class Handovers {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private Contacts contacts;

    @Inject
    private Conversations conversations;

    @Inject
    private HandoverLists lists;

    @Inject
    private Seats seats;

    @Inject
    private Event<HandoverChanged> changes;

    @Inject
    private Clock clock;

    /**
     * Hands the contact's conversation over to the bot's agents: the bot falls silent and the
     * handover waits in the list. Refused if the conversation already has an open handover.
     */
    @RolesAllowed({"BOT", "ADMIN", "MANAGER"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public HandoverView request(HandoverRequest request) {
        Handovers self = session.getBusinessObject(Handovers.class);
        try {
            return self.requestOnce(request);
        } catch (EJBException e) {
            if (!UniqueKeys.violated(e, Contact.IDENTITY_KEY)) {
                throw e;
            }
            // Another request created this new contact at the same moment and this transaction ended on
            // its unique key. In a new transaction the request finds the contact, its conversation and
            // any handover the other opened, as a request a moment later would.
            return self.requestOnce(request);
        }
    }

    /** One attempt of {@link #request}, in its own transaction; not for other callers. */
    @RolesAllowed({"BOT", "ADMIN", "MANAGER"})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public HandoverView requestOnce(HandoverRequest request) {
        Bot bot = access.visible(request.botId());
        Contact contact = contacts.findOrCreate(bot, request.contact());
        Conversation conversation = conversations.ongoing(bot, contact);
        return open(conversation, request.transcript(), request.step(), request.reason(), caller(), false);
    }

    /**
     * The bot's own workflow hands the conversation over from a step: a handover step, or the user
     * asking for a human. Called by the workflow, never over REST, so there is no caller to check.
     */
    @PermitAll
    public HandoverView requestFromWorkflow(long conversationId, String step, String reason) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        return open(conversation, List.of(), step, reason, BotAccess.BOT_CALLER_PREFIX + conversation.getBot().getId(),
                true);
    }

    /**
     * Opens the handover. The user reads their place in the queue ({@code tellPlace}) when the bot's own
     * workflow handed them over; an external engine that hands over speaks for itself (the widget
     * shows the place in the queue all the same, see {@link Queues}).
     */
    private HandoverView open(Conversation conversation, List<TranscriptLine> transcript, String step, String reason,
                              String actor, boolean tellPlace) {
        // Two requests for one conversation queue here; the unique index on open handovers backs this up.
        em.flush();
        em.lock(conversation, LockModeType.PESSIMISTIC_WRITE);
        em.createNamedQuery(Handover.OPEN_OF_CONVERSATION, Handover.class)
                .setParameter("conversationId", conversation.getId())
                .getResultStream()
                .findFirst()
                .ifPresent(open -> {
                    throw new ConflictException("handover-open", "Conversation " + conversation.getId()
                            + " already has open handover " + open.getId(), Map.of("handoverId", open.getId()));
                });
        conversations.appendTranscript(conversation, transcript);
        Instant now = clock.instant();
        Handover handover = new Handover(conversation, step, reason, now);
        em.persist(handover);
        em.flush();
        Bot bot = conversation.getBot();
        if (bot.getMembers().stream().noneMatch(UserAccount::isOnline)) {
            conversations.postNotice(conversation, bot.getTexts().agentsAway());
        }
        if (tellPlace) {
            conversations.postNotice(conversation, bot.getTexts().queuedAt(lists.position(handover)));
        }
        announce(handover, HandoverAction.REQUESTED, null, now, actor);
        return HandoverView.of(handover);
    }

    public HandoverView find(long handoverId) {
        return HandoverView.of(visible(handoverId));
    }

    /** A page of the bot's handovers in the state, oldest request first, with how many are in the state. */
    public Page<HandoverView> ofBot(long botId, HandoverState state, PageRequest page) {
        access.visible(botId);
        return lists.inState(botId, state, null, page, HandoverView::of);
    }

    /**
     * "Assign to me": an online member of the bot takes the pending handover; the user is told.
     * Decided under the handover's row lock, which is taken only once everything that needs no lock
     * is checked and read, and held for the transition's few writes: of many agents who click
     * together, each loser holds it only to see that the handover is taken. One who comes when the
     * handover is taken already is answered without waiting for the lock at all. An agent who holds as
     * many chats as the bot allows them is refused ({@value Seats#CAPACITY_REACHED}), decided under their
     * membership's lock, taken after the handover's.
     */
    public HandoverView assignToCaller(long handoverId) {
        Handover handover = visible(handoverId);
        UserAccount agent = accounts.current();
        Bot bot = handover.getBot();
        if (!bot.hasMember(agent)) {
            throw new AccessDeniedException(agent.getUsername() + " is not an agent of bot " + bot.getId());
        }
        if (!agent.isOnline()) {
            throw new ConflictException("agent-offline", "Go online before assigning a handover to yourself");
        }
        requireAssignable(handover);
        String transferred = bot.getTexts().transferred();
        Conversation conversation = handover.getConversation();
        // A locking read sees the row as the last commit left it, whatever this transaction read before.
        em.refresh(handover, LockModeType.PESSIMISTIC_WRITE);
        requireAssignable(handover);
        seats.claim(bot, agent, true);
        Instant now = clock.instant();
        handover.assignTo(agent, now);
        seats.given(bot, agent, now);
        conversations.postNotice(conversation, transferred);
        announce(handover, HandoverAction.ASSIGNED, HandoverState.PENDING, now, caller());
        return HandoverView.of(handover);
    }

    private static void requireAssignable(Handover handover) {
        if (handover.getState() == HandoverState.ASSIGNED) {
            UserAccount owner = handover.getAssignee().orElseThrow();
            throw new ConflictException("already-assigned", "Handover " + handover.getId() + " is already assigned to "
                    + owner.getDisplayName() + " (" + owner.getUsername() + ")",
                    Map.of("assignee", owner.getUsername(), "assigneeName", owner.getDisplayName()));
        }
        requireState(handover, HandoverState.PENDING, "assigned");
    }

    /**
     * Gives the handover back to the list; by its assignee, an admin or a manager of the bot. The user
     * is told they wait again, and where: it keeps its request time, so it is back where it was.
     */
    public HandoverView unassign(long handoverId) {
        Handover handover = locked(handoverId);
        // Who asks comes first: a caller who may not act on it learns nothing of its state.
        requireOwnerOrSupervisor(handover, "unassign");
        requireState(handover, HandoverState.ASSIGNED, "unassigned");
        release(handover, caller(), null);
        return HandoverView.of(handover);
    }

    /**
     * Returns the chat of an agent who has been offline longer than the bot allows to the queue, the
     * way Unassign does (the user hears the same), with {@link HandoverChanged#SYSTEM} as the actor and
     * why in the audit trail. Called by the handover feature's timer only, in a transaction of its own;
     * decided under the handover's row lock, so that of nodes that find it due together one returns it.
     *
     * @param minute how long one of the bot's minutes lasts (shortened in tests)
     * @return whether this call returned it
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean returnFromOfflineAgent(long handoverId, Duration minute) {
        Handover handover = em.find(Handover.class, handoverId, LockModeType.PESSIMISTIC_WRITE);
        if (handover == null || handover.getState() != HandoverState.ASSIGNED
                || handover.getBot().getOfflineReturnMinutes().isEmpty()) {
            return false;
        }
        int minutes = handover.getBot().getOfflineReturnMinutes().get();
        UserAccount agent = handover.getAssignee().orElseThrow();
        Instant offlineBefore = clock.instant().minus(minute.multipliedBy(minutes));
        if (agent.isOnline() || agent.getOfflineSince().filter(since -> !since.isAfter(offlineBefore)).isEmpty()) {
            return false;
        }
        release(handover, HandoverChanged.SYSTEM, "Returned to the queue: " + agent.getDisplayName() + " ("
                + agent.getUsername() + ") was offline for " + minutes + (minutes == 1 ? " minute" : " minutes"));
        return true;
    }

    /** Back to the queue, by the assignee, a supervisor or the offline return; the user is told their place. */
    private void release(Handover handover, String actor, String detail) {
        Instant now = clock.instant();
        handover.unassign(now);
        em.flush();
        conversations.postNotice(handover.getConversation(),
                handover.getBot().getTexts().backInQueueAt(lists.position(handover)));
        announce(handover, HandoverAction.UNASSIGNED, HandoverState.ASSIGNED, now, actor, detail);
    }

    /** Closes the handover; the user is told and the bot answers again. */
    public HandoverView resolve(long handoverId) {
        Handover handover = locked(handoverId);
        requireOwnerOrSupervisor(handover, "resolve");
        requireState(handover, HandoverState.ASSIGNED, "resolved");
        Instant now = clock.instant();
        handover.resolve(now);
        conversations.postNotice(handover.getConversation(), handover.getBot().getTexts().resolved());
        announce(handover, HandoverAction.RESOLVED, HandoverState.ASSIGNED, now, caller());
        return HandoverView.of(handover);
    }

    private Handover visible(long handoverId) {
        return access.visibleRecord(em.find(Handover.class, handoverId), Handover::getBot, "Handover", handoverId);
    }

    private Handover locked(long handoverId) {
        return access.visibleRecord(em.find(Handover.class, handoverId, LockModeType.PESSIMISTIC_WRITE),
                Handover::getBot, "Handover", handoverId);
    }

    private void requireOwnerOrSupervisor(Handover handover, String verb) {
        UserAccount caller = accounts.current();
        boolean owner = handover.getAssignee().map(caller::equals).orElse(false);
        if (!owner && !access.supervises(handover.getBot(), caller)) {
            throw new AccessDeniedException("Only the assignee, an admin or a manager of the bot may " + verb
                    + " handover " + handover.getId());
        }
    }

    static void requireState(Handover handover, HandoverState expected, String wouldBe) {
        if (handover.getState() != expected) {
            throw new ConflictException("illegal-transition", "Handover " + handover.getId() + " is "
                    + handover.getState().name().toLowerCase() + "; only a " + expected.name().toLowerCase()
                    + " handover can be " + wouldBe, Map.of("state", handover.getState().name()));
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private void announce(Handover handover, HandoverAction action, HandoverState from, Instant at, String actor) {
        announce(handover, action, from, at, actor, null);
    }

    private void announce(Handover handover, HandoverAction action, HandoverState from, Instant at, String actor,
                          String detail) {
        changes.fire(HandoverChanged.of(handover, action, from, at, actor, detail));
    }
}
