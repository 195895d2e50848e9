package io.livechat.call.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.CallSettings;
import io.livechat.call.control.CallRecords;
import io.livechat.call.control.Participant;
import io.livechat.call.control.RingTimeout;
import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.CallState;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import io.livechat.handover.entity.Handover;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.InvalidInputException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The agent's side of calls. Only the agent a conversation's handover is assigned to rings its web
 * visitor, only with a kind the bot enables, only while the visitor has the widget open, and only
 * one call at a time in a conversation and for an agent. Refusals are {@link ConflictException}s
 * whose types the pages and the API name: {@code not-assigned}, {@code call-kind-disabled},
 * {@code call-whatsapp}, {@code call-in-progress}, {@code visitor-not-connected}, {@code call-ended};
 * a provider that cannot carry the call refuses it too ({@code call-provider-failed}, or
 * {@link ProviderRefusedException} when EnableX no longer accepts the project). A refused call leaves
 * nothing behind.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class Calls {

    /** The longest signal (a session description with its candidates, as JSON) a side may send. */
    public static final int MAX_SIGNAL_LENGTH = 24_000;

    /** Whether the bot's web visitor has a widget connected to ring: the web tier holds the sockets. */
    @FunctionalInterface
    public interface VisitorReach {
        boolean connected(long botId, String visitorId);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Conversations conversations;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private CallRecords records;

    @Inject
    private RingTimeout ringTimeout;

    @Inject
    private Event<CallSignal> signals;

    @Inject
    private Clock clock;

    /** The calling agent rings the visitor of the conversation. */
    public CallView start(long conversationId, CallKind kind, VisitorReach reach) {
        Conversation conversation = conversations.visible(conversationId);
        Handover handover = conversations.assignedToCaller(conversationId);
        UserAccount agent = handover.getAssignee().orElseThrow();
        CallSettings settings = conversation.getBot().getCalls();
        if (!settings.enables(kind)) {
            throw new ConflictException("call-kind-disabled", (kind == CallKind.VIDEO ? "Video" : "Audio")
                    + " calls are not enabled for this bot");
        }
        if (conversation.getChannel() == Channel.WHATSAPP) {
            throw new ConflictException("call-whatsapp", "WhatsApp users cannot be rung from here");
        }
        // Two starts of one conversation at once (a double click): the second waits here for the first
        // to commit and is then refused as a second call, instead of failing on the unique index.
        em.lock(handover, LockModeType.PESSIMISTIC_WRITE);
        refuseSecondCall(conversationId, agent);
        if (!reach.connected(conversation.getBot().getId(), conversation.getContact().getExternalId())) {
            throw new ConflictException("visitor-not-connected",
                    "The user has no chat window open at the moment, so there is nothing to ring");
        }
        Call call = new Call(handover, agent, kind, settings.provider(), clock.instant());
        records.provider(settings.provider()).open(call);
        em.persist(call);
        em.flush();
        ringTimeout.schedule(call.getId());
        records.changed(call, agent.getUsername());
        return CallView.of(call);
    }

    private void refuseSecondCall(long conversationId, UserAccount agent) {
        refuseOpen(em.createNamedQuery(Call.OPEN_OF_CONVERSATION, Call.class)
                .setParameter("conversationId", conversationId).getResultList(),
                "This conversation has a call going on already");
        refuseOpen(em.createNamedQuery(Call.OPEN_OF_AGENT, Call.class).setParameter("agent", agent).getResultList(),
                "You are in another call already: hang up first");
    }

    private void refuseOpen(List<Call> open, String refusal) {
        for (Call call : open) {
            // A call whose ring timer died with its node is missed now rather than blocking calls for good.
            if (!ringTimeout.overdue(call)) {
                throw new ConflictException("call-in-progress", refusal);
            }
            ringTimeout.missIfRinging(call.getId());
        }
    }

    /** The agent ends the call: a ringing call is cancelled, an ongoing one hung up. */
    public CallView end(long callId) {
        Call call = ownCall(callId);
        CallRecords.requireOpen(call);
        if (call.getState() == CallState.RINGING) {
            call.cancel(call.getAgent().getUsername(), clock.instant());
        } else {
            call.hangUp(call.getAgent().getUsername(), clock.instant());
        }
        records.changed(call, call.getAgent().getUsername());
        return CallView.of(call);
    }

    /** The agent's WebRTC signal for the visitor's widget, in an ongoing call. */
    public void signal(long callId, String signal) {
        requireSignalLength(signal);
        Call call = ownCall(callId);
        if (call.getState() != CallState.ACTIVE) {
            throw new ConflictException("call-not-active", "Call " + callId + " is " + call.getState().name().toLowerCase());
        }
        signals.fire(new CallSignal(callId, call.getBot().getId(), call.getConversation().getContact().getExternalId(),
                call.getAgent().getUsername(), false, signal));
    }

    /** Refuses a signal longer than {@link #MAX_SIGNAL_LENGTH}, from either side. */
    static void requireSignalLength(String signal) {
        if (signal.length() > MAX_SIGNAL_LENGTH) {
            throw new InvalidInputException("A call signal holds at most " + MAX_SIGNAL_LENGTH + " characters");
        }
    }

    /** What the agent's browser needs to join their call. */
    public CallJoin join(long callId) {
        Call call = ownCall(callId);
        CallRecords.requireOpen(call);
        return new CallJoin(callId, records.provider(call.getProvider()).join(call, Participant.AGENT).toString());
    }

    /** The call, for a caller who may see its bot. */
    public CallView find(long callId) {
        return CallView.of(visible(callId));
    }

    /** The conversation's ringing or ongoing call, if it has one. */
    public Optional<CallView> openIn(long conversationId) {
        conversations.visible(conversationId);
        return em.createNamedQuery(Call.OPEN_OF_CONVERSATION, Call.class).setParameter("conversationId", conversationId)
                .getResultStream().findFirst().map(CallView::of);
    }

    /** The kinds of call the conversation's bot enables (the buttons a page offers its agent). */
    public Set<CallKind> kindsOffered(long conversationId) {
        CallSettings settings = conversations.visible(conversationId).getBot().getCalls();
        Set<CallKind> kinds = EnumSet.noneOf(CallKind.class);
        for (CallKind kind : CallKind.values()) {
            if (settings.enables(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private Call visible(long callId) {
        return access.visibleRecord(em.find(Call.class, callId), Call::getBot, "Call", callId);
    }

    /** The caller's own call, locked; another's call they may see is refused, one they may not see is not found. */
    private Call ownCall(long callId) {
        visible(callId);
        Call call = records.locked(callId);
        UserAccount caller = accounts.current();
        if (!call.getAgent().equals(caller)) {
            throw new ConflictException("not-your-call", "Call " + callId + " is " + call.getAgent().getUsername()
                    + "'s: only the agent who rang may end it or signal in it");
        }
        return call;
    }
}
