package io.livechat.call.control;

import io.livechat.bot.entity.CallProviderType;
import io.livechat.call.boundary.CallChanged;
import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.CallState;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * What every change of a call does, whoever makes it: the call is read under its row lock (an answer
 * and the ring timeout cannot both win), each change is announced, and a call that is over is written
 * into the transcript as a notice of Live Chat's, which the visitor reads too.
 */
@ApplicationScoped
public class CallRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CallChanged> changes;

    @Inject
    private Conversations conversations;

    @Inject
    @Any
    private Instance<CallProvider> providers;

    /** The call, locked for a change. */
    public Call locked(long callId) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFoundException("Call", callId);
        }
        return call;
    }

    public CallProvider provider(CallProviderType type) {
        return providers.select(ProvidedBy.Literal.of(type)).get();
    }

    /** Refuses a change of a call that has ended. */
    public static void requireOpen(Call call) {
        if (!call.getState().isOpen()) {
            throw new ConflictException("call-ended", "Call " + call.getId() + " has ended already ("
                    + call.getState().name().toLowerCase() + ")");
        }
    }

    /** Announces the call's new state; once it is over, the transcript says how it went. */
    public void changed(Call call, String actor) {
        em.flush();
        changes.fire(new CallChanged(call.getId(), call.getBot().getId(), call.getConversation().getId(),
                call.getHandover().getId(), call.getConversation().getContact().getExternalId(),
                call.getAgent().getUsername(), call.getAgent().getDisplayName(), call.getKind(), call.getState(),
                actor, call.getHandover().getState(), call.getEndedAt().orElse(call.getAnsweredAt().orElse(call.getRangAt()))));
        if (!call.getState().isOpen()) {
            conversations.postNotice(call.getConversation(), summary(call));
        }
    }

    /** The transcript's line of a call that is over: "Video call started by Alice: accepted, 1:05". */
    static String summary(Call call) {
        String kind = call.getKind() == CallKind.VIDEO ? "Video call" : "Audio call";
        String outcome = call.getState() == CallState.ENDED
                ? "accepted, " + clock(call.talkTime().orElse(Duration.ZERO))
                : call.getState().name().toLowerCase();
        return kind + " started by " + call.getAgent().getDisplayName() + ": " + outcome;
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
