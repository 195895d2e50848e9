package io.livechat.history.view;

import io.livechat.console.Texts;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.view.Senders;
import io.livechat.history.boundary.History;
import io.livechat.history.boundary.HistoryBoundary;
import io.livechat.history.boundary.HistoryConversation;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.omnifaces.cdi.ViewScoped;

/**
 * One conversation of the history, read-only (console/history-conversation.xhtml?conversation=ID):
 * its messages in the shared bubble, the handover boundaries between them, the contact's profile and
 * every conversation of the contact with the bot. Another bot's conversation does not exist (404).
 */
@Named
@ViewScoped
public class HistoryConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private History history;

    private Long conversation;
    private ZoneId zone;
    private transient HistoryConversation view;

    /** The view action: reads the conversation, or answers 404 for one the caller may not see. */
    public void open() {
        if (conversation == null) {
            throw new NotFoundException("Conversation", "(no conversation parameter)");
        }
        view = history.conversation(conversation);
    }

    public HistoryConversation getView() {
        if (view == null && conversation != null && !FacesContext.getCurrentInstance().isValidationFailed()) {
            view = history.conversation(conversation);
        }
        return view;
    }

    /** Who wrote the message, by the one rule of every transcript. */
    public String senderOf(MessageView message) {
        return Senders.nameOf(message, getView().contactName(), getView().botName());
    }

    /** What the boundary says between the messages: "Assigned to Amy", "Resolved by Ben". */
    public String said(HistoryBoundary boundary) {
        String actor = boundary.actor() == null ? Texts.text("livechat.sender.system") : boundary.actor();
        return switch (boundary.action()) {
            case REQUESTED -> boundary.step() == null ? Texts.text("history.boundary.requested")
                    : Texts.text("history.boundary.requestedAt", boundary.step());
            case ASSIGNED -> boundary.actor() == null && boundary.detail() != null ? boundary.detail()
                    : Texts.text("history.boundary.assigned", actor);
            case UNASSIGNED -> boundary.actor() == null && boundary.detail() != null ? boundary.detail()
                    : Texts.text("history.boundary.returned", actor);
            case RESOLVED -> Texts.text("history.boundary.resolved", actor);
            default -> boundary.detail() == null ? Texts.text("history.boundary.handedOn", actor) : boundary.detail();
        };
    }

    public String time(Instant at) {
        return HistoryTimes.shown(at, zone);
    }

    /** The zone the URL names (UTC without one): the page's times, its links and exports are in it. */
    public ZoneId zone() {
        return HistoryTimes.zone(zone);
    }

    public Long getConversation() {
        return conversation;
    }

    public void setConversation(Long conversation) {
        this.conversation = conversation;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }
}
