package io.livechat.handover.view;

import io.livechat.console.Refusals;
import io.livechat.conversation.boundary.PrivateNotes;
import io.livechat.shared.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/**
 * The private note composer of the Conversation section: anyone on the bot's Live Chat (its agents
 * and managers, admins) adds a note to the selected conversation's transcript, whoever holds it.
 * The note goes to no channel; the push of it shows it on every console of the bot.
 */
@Named
@ViewScoped
public class PrivateNoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FIELD = "lc:privateNote";

    @Inject
    private ConversationBacking conversation;

    @Inject
    private PrivateNotes notes;

    private String text;

    public void add() {
        if (text == null || text.isBlank() || conversation.getSelected() == null) {
            return;
        }
        try {
            notes.add(conversation.getSelected().handover().conversationId(), text.strip());
            text = null;
        } catch (BusinessException e) {
            // Kept in the field, with why, to shorten it.
            Refusals.show(FIELD, e);
        }
        conversation.refresh();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
