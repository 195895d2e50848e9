package io.livechat.handover.view;

import io.livechat.console.Texts;
import io.livechat.handover.boundary.AgentLoad;
import io.livechat.handover.boundary.HandoverItem;
import io.livechat.handover.boundary.HandoverView;
import io.livechat.handover.boundary.Routing;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;

/**
 * Transfer and Reassign on the Live Chat page (WEB-INF/livechat/routing*.xhtml): the agent who holds
 * the selected chat transfers it to an online colleague of the bot, a supervisor reassigns anyone's,
 * each with a note for the new agent, who reads it above the conversation. The dialog lists the bot's
 * online agents with their open chats, read when it opens; the server decides again when it is sent.
 */
@Named
@ViewScoped
public class RoutingBacking implements Serializable {

    static final String TRANSFER = "transfer";
    static final String REASSIGN = "reassign";
    private static final long serialVersionUID = 1L;

    @Inject
    private LiveChatBacking liveChat;

    @Inject
    private ConversationBacking conversation;

    @Inject
    private Routing routing;

    private String mode = TRANSFER;
    private Long handoverId;
    private String from;
    private String target;
    private String note;
    private List<Pick> agents = List.of();
    private transient Optional<String> handedOn;

    /** Opens the dialog for the selected chat: {@code transfer} or {@code reassign}, with who may take it now. */
    public void prepare(String mode) {
        this.mode = REASSIGN.equals(mode) ? REASSIGN : TRANSFER;
        HandoverView selected = conversation.getSelected().handover();
        handoverId = selected.id();
        from = selected.assignee();
        target = null;
        note = null;
        agents = routing.of(liveChat.getBot()).agents().stream()
                .filter(AgentLoad::online).filter(agent -> !agent.username().equals(from)).map(Pick::of).toList();
    }

    /** Sends the transfer or reassignment; the dialog closes once it happened, and stays with the reason if not. */
    public void submit() {
        try {
            if (REASSIGN.equals(mode)) {
                routing.reassign(handoverId, from, target, note);
            } else {
                routing.transfer(handoverId, target, note);
            }
            Texts.info(REASSIGN.equals(mode) ? "livechat.routing.reassigned" : "livechat.routing.transferred",
                    nameOf(target));
            PrimeFaces.current().ajax().addCallbackParam("routed", true);
        } catch (BusinessException e) {
            Texts.error("livechat.routing.refused", e.getMessage());
        } finally {
            conversation.refresh();
            handedOn = null;
            liveChat.changed(handoverId);
        }
    }

    /** A push said a chat was moved (handover=<id>): the agent it was moved to reads who did it and the note. */
    public void moved() {
        long moved = Faces.getRequestParameter("handover", Long::valueOf);
        try {
            routing.handedOnNote(moved).ifPresent(detail -> Texts.info("livechat.routing.toYou", detail));
        } catch (BusinessException gone) {
            // Not visible any more (or gone): nothing to say.
        }
        Texts.showIfAny();
    }

    /** How the dialog names an agent: "Bob Agent: 1 open chat of 3", "... (full)". */
    public String label(Pick agent) {
        String load = agent.maxChats() == null ? Texts.text("livechat.routing.open", agent.openChats())
                : Texts.text("livechat.routing.openOf", agent.openChats(), agent.maxChats());
        return agent.displayName() + ": " + load + (agent.isFull() ? " " + Texts.text("livechat.routing.full") : "");
    }

    /** The holder of the selected chat may hand it to a colleague. */
    public boolean isTransferable() {
        return conversation.isMine();
    }

    /** A supervisor may move anyone else's assigned chat. */
    public boolean isReassignable() {
        HandoverItem selected = conversation.getSelected();
        return selected != null && selected.handover().state() == HandoverState.ASSIGNED && !conversation.isMine()
                && liveChat.getDesk().supervisor();
    }

    /** What the last transfer or reassignment to the caller said, shown above their conversation. */
    public String getHandedOn() {
        if (handedOn == null) {
            HandoverItem selected = conversation.getSelected();
            handedOn = selected == null || !conversation.isMine() ? Optional.empty()
                    : routing.handedOnNote(selected.handover().id());
        }
        return handedOn.orElse(null);
    }

    /** Forgets the note read, with the conversation: the next render reads it again. */
    public void refresh() {
        handedOn = null;
    }

    private String nameOf(String username) {
        return agents.stream().filter(agent -> agent.username().equals(username)).map(Pick::displayName)
                .findFirst().orElse(username);
    }

    /** The online agents of the bot but the chat's own, with their open chats, for the dialog's picker. */
    public List<Pick> getAgents() {
        return agents;
    }

    /**
     * An agent the dialog offers, as it was when it opened: their open chats and limit (null: none);
     * one who is full is shown but cannot be picked.
     */
    public record Pick(String username, String displayName, long openChats, Integer maxChats) implements Serializable {

        static Pick of(AgentLoad load) {
            return new Pick(load.username(), load.displayName(), load.openChats(), load.maxChats());
        }

        public boolean isFull() {
            return maxChats != null && openChats >= maxChats;
        }
    }

    public String getMode() {
        return mode;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
