package io.livechat.call.boundary;

import io.livechat.call.control.CallRecords;
import io.livechat.call.control.Participant;
import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallState;
import io.livechat.channel.widget.boundary.Visitor;
import io.livechat.conversation.entity.Channel;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The widget visitor's side of calls: answer, decline, hang up, and the WebRTC signals of an ongoing
 * built-in call. The visitor is the one their widget socket authenticated; a call of anyone else's
 * is answered as one that does not exist.
 */
@Stateless
@PermitAll
public class VisitorCalls {

    static final String VISITOR = "visitor";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallRecords records;

    @Inject
    private Event<CallSignal> signals;

    @Inject
    private Clock clock;

    /** The visitor's ringing or ongoing call, if one is: a widget that (re)connects shows it. */
    public Optional<CallView> open(Visitor visitor) {
        return em.createNamedQuery(Call.OPEN_OF_VISITOR, Call.class)
                .setParameter("botId", visitor.botId())
                .setParameter("visitorId", visitor.visitorId())
                .getResultStream().findFirst().map(CallView::of);
    }

    /** The visitor answers, with their camera or their voice only; returns what the widget joins with. */
    public CallJoin accept(Visitor visitor, long callId, boolean withVideo) {
        Call call = visitorsCall(visitor, callId);
        CallRecords.requireOpen(call);
        if (call.getState() != CallState.RINGING) {
            throw new ConflictException("call-answered", "This call was answered already");
        }
        call.accept(withVideo, clock.instant());
        records.changed(call, VISITOR);
        return new CallJoin(callId, records.provider(call.getProvider()).join(call, Participant.VISITOR).toString());
    }

    /** The visitor says no to a ringing call, or hangs up an ongoing one. */
    public CallView end(Visitor visitor, long callId) {
        Call call = visitorsCall(visitor, callId);
        CallRecords.requireOpen(call);
        if (call.getState() == CallState.RINGING) {
            call.decline(clock.instant());
        } else {
            call.hangUp(VISITOR, clock.instant());
        }
        records.changed(call, VISITOR);
        return CallView.of(call);
    }

    /** The visitor's WebRTC signal for the agent, in an ongoing call. */
    public void signal(Visitor visitor, long callId, String signal) {
        Calls.requireSignalLength(signal);
        Call call = visitorsCall(visitor, callId);
        if (call.getState() != CallState.ACTIVE) {
            throw new ConflictException("call-not-active", "Call " + callId + " is " + call.getState().name().toLowerCase());
        }
        signals.fire(new CallSignal(callId, call.getBot().getId(), visitor.visitorId(), call.getAgent().getUsername(),
                true, signal));
    }

    private Call visitorsCall(Visitor visitor, long callId) {
        Call call = records.locked(callId);
        if (call.getBot().getId() != visitor.botId() || call.getConversation().getChannel() != Channel.WEB
                || !call.getConversation().getContact().getExternalId().equals(visitor.visitorId())) {
            throw new NotFoundException("Call", callId);
        }
        return call;
    }
}
