package io.livechat.call.view;

import io.livechat.call.boundary.CallView;
import io.livechat.call.boundary.Calls;
import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.CallState;
import io.livechat.channel.widget.socket.WidgetSockets;
import io.livechat.console.Refusals;
import io.livechat.console.Texts;
import io.livechat.handover.view.ConversationBacking;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.json.Jsonp;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The calls of the conversation selected on the Live Chat page: the Audio call and Video call
 * buttons its agent gets where the bot enables them, the panel of a ringing or ongoing call that
 * everyone on the page sees, and, for the agent of the call, Cancel or Hang up and the signals their
 * browser sends (livechat.js makes them; {@code call=<id>&signal=<json>}).
 */
@Named
@ViewScoped
public class CallBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConversationBacking conversation;

    @Inject
    private Calls calls;

    @Inject
    private WidgetSockets sockets;

    private transient Long readFor;
    private transient CallView call;
    private transient Set<CallKind> kinds;

    /** Forgets what was read: a push said the call changed. */
    public void refresh() {
        readFor = null;
    }

    public void start(CallKind kind) {
        try {
            calls.start(conversationId(), kind, sockets::isConnected);
            Texts.info("livechat.call.ringing");
        } catch (BusinessException e) {
            Refusals.show(null, e);
        }
        refresh();
    }

    /** Cancels the ringing call or hangs up. */
    public void end() {
        try {
            calls.end(getCall().id());
        } catch (BusinessException e) {
            Refusals.show(null, e);
        }
        refresh();
    }

    /** A signal of the agent's browser for the visitor's widget (an answer to the widget's offer). */
    public void signal() {
        long callId = Faces.getRequestParameter("call", Long::valueOf);
        try (JsonReader reader = Jsonp.createReader(new StringReader(Faces.getRequestParameter("signal")))) {
            JsonObject signal = reader.readObject();
            calls.signal(callId, signal.toString());
        } catch (JsonException e) {
            Texts.error("livechat.call.failed");
        } catch (BusinessException e) {
            Refusals.show(null, e);
        }
        Texts.showIfAny();
    }

    /** Whether the page offers its agent a call of the kind: theirs to make, enabled, and none going on. */
    public boolean offers(CallKind kind) {
        return conversation.isMine() && getCall() == null && kinds().contains(kind);
    }

    /** The ringing or ongoing call of the selected conversation, or null. */
    public CallView getCall() {
        read();
        return call;
    }

    /** Whether the call on the page is the viewer's own: they may end it and their browser joins it. */
    public boolean isMine() {
        return getCall() != null && getCall().agent().equals(Faces.getRemoteUser());
    }

    public boolean isRinging() {
        return getCall() != null && getCall().state() == CallState.RINGING;
    }

    /** What the agent's browser joins the call with (JSON), for their own open call only. */
    public String getJoin() {
        return isMine() ? calls.join(getCall().id()).json() : "";
    }

    private Set<CallKind> kinds() {
        read();
        return kinds;
    }

    private void read() {
        Long current = conversation.getSelected() == null ? null : conversationId();
        if (current == null) {
            call = null;
            kinds = Set.of();
        } else if (!current.equals(readFor)) {
            Optional<CallView> open = calls.openIn(current);
            call = open.orElse(null);
            kinds = calls.kindsOffered(current);
            readFor = current;
        }
    }

    private long conversationId() {
        return conversation.getSelected().handover().conversationId();
    }
}
