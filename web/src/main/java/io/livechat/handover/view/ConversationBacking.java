package io.livechat.handover.view;

import io.livechat.channel.widget.boundary.Typing;
import io.livechat.console.Texts;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.boundary.FileLimits;
import io.livechat.conversation.boundary.Files;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.view.Senders;
import io.livechat.conversation.entity.MessageText;
import io.livechat.handover.boundary.Desk;
import io.livechat.handover.boundary.Desks;
import io.livechat.handover.boundary.HandoverItem;
import io.livechat.handover.boundary.HandoverView;
import io.livechat.handover.boundary.Handovers;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.ConflictException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongConsumer;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The Conversation section of the Live Chat page: the selected handover's transcript, the Assign
 * to me / Unassign / Resolve actions its state and the caller allow, and the composer, which only
 * the handover's assignee gets. Whatever the outcome of an action, the section and the handover's
 * row are read again, so that a lost race never leaves a stale button behind.
 */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LiveChatBacking liveChat;

    @Inject
    private Desks desks;

    @Inject
    private Handovers handovers;

    @Inject
    private Conversations conversations;

    @Inject
    private Typing typing;

    @Inject
    private Files files;

    @Inject
    private RoutingBacking routing;

    private Long handoverId;
    private String reply;
    private transient HandoverItem selected;
    private transient List<MessageView> transcript;

    public void select(long handoverId) {
        this.handoverId = handoverId;
        reply = null;
        refresh();
    }

    /** Selects the handover the request names ({@code handover=<id>}): a row of a list was picked. */
    public void selectRequested() {
        select(Faces.getRequestParameter("handover", Long::valueOf));
    }

    /** Forgets what was read; the next render reads the handover and its transcript again. */
    public void refresh() {
        selected = null;
        transcript = null;
        routing.refresh();
    }

    public void assign() {
        act(handovers::assignToCaller, "livechat.assigned");
    }

    public void unassign() {
        act(handovers::unassign, "livechat.unassigned");
    }

    public void resolve() {
        act(handovers::resolve, "livechat.resolved");
    }

    public void send() {
        if (reply == null || reply.isBlank()) {
            return;
        }
        if (!MessageText.fits(reply.strip(), getSelected().channel())) {
            // Refused before anything is stored; the agent keeps the text to shorten it.
            Texts.error("livechat.reply.tooLong", getMaxReply());
            return;
        }
        try {
            conversations.reply(getSelected().handover().conversationId(), reply.strip());
            reply = null;
        } catch (ConflictException e) {
            // Taken from the caller meanwhile: the push of that change puts its row in place.
            Texts.error("livechat.conflict.notAssigned");
        }
        refresh();
    }

    /** The composer reports typing (throttled by the page); the widget shows it to the user. */
    public void typing() {
        if (isMine()) {
            typing.agentTyping(getSelected().handover().conversationId());
        }
    }

    private void act(LongConsumer action, String doneKey) {
        try {
            action.accept(handoverId);
            Texts.info(doneKey);
        } catch (ConflictException e) {
            Texts.error(conflictKey(e.type()), e.details().getOrDefault("assigneeName", ""),
                    e.details().getOrDefault("openChats", ""));
        } finally {
            refresh();
            liveChat.changed(handoverId);
        }
    }

    private static String conflictKey(String type) {
        return switch (type) {
            case "already-assigned" -> "livechat.conflict.alreadyAssigned";
            case "agent-offline" -> "livechat.conflict.offline";
            case "capacity-reached" -> "livechat.conflict.capacity";
            default -> "livechat.conflict.changed";
        };
    }

    public HandoverItem getSelected() {
        if (handoverId != null && selected == null) {
            selected = desks.item(handoverId);
        }
        return selected;
    }

    public List<MessageView> getTranscript() {
        if (transcript == null) {
            transcript = getSelected() == null ? List.of()
                    : conversations.transcript(getSelected().handover().conversationId());
        }
        return transcript;
    }

    /** What files the composer may send: the selected conversation's limits (the server checks them again). */
    public FileLimits getFileLimits() {
        return files.limitsOf(getSelected().handover().conversationId());
    }

    /** Who wrote the message, as the agent reads it ({@link Senders}). */
    public String senderOf(MessageView message) {
        return Senders.nameOf(message, getSelected().contactName(), desk().botName());
    }

    public boolean isAssignable() {
        return inState(HandoverState.PENDING) && desk().member();
    }

    /** Assigned to the caller: only then may they write to the user. */
    public boolean isMine() {
        return inState(HandoverState.ASSIGNED) && desk().username().equals(view().assignee());
    }

    /** Unassign and Resolve: for the assignee, an admin or a manager of the bot. */
    public boolean isReleasable() {
        return inState(HandoverState.ASSIGNED) && (isMine() || desk().supervisor());
    }

    private boolean inState(HandoverState state) {
        return getSelected() != null && view().state() == state;
    }

    private HandoverView view() {
        return getSelected().handover();
    }

    private Desk desk() {
        return liveChat.getDesk();
    }

    /** The longest reply the conversation's channel takes, in UTF-16 units as the browser counts ({@link MessageText}). */
    public int getMaxReply() {
        return MessageText.maxOn(getSelected().channel());
    }

    public Long getHandoverId() {
        return handoverId;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
