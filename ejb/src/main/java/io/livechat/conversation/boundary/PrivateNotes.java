package io.livechat.conversation.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Message;
import io.livechat.conversation.entity.MessageText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Private notes in a conversation's transcript: what the bot's people (its agents and managers, and
 * admins) tell each other beside the chat, in order with its messages. A note is a {@link Message}
 * of sender NOTE that is never queued for a channel; the user's readings of the transcript leave it
 * out ({@link Message#FOR_USER_AFTER}). Unlike the contact's notes it belongs to this conversation.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class PrivateNotes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Conversations conversations;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<PrivateNoteAdded> added;

    @Inject
    private Clock clock;

    /**
     * Adds the caller's note to the conversation, if they may see its bot; its text holds what a
     * message on the conversation's channel holds ({@link MessageText}).
     */
    public MessageView add(long conversationId, String text) {
        Conversation conversation = conversations.visible(conversationId);
        String trimmed = text == null ? null : text.strip();
        TextTooLongException.check(trimmed, conversation.getChannel());
        Message note = Message.privateNote(conversation, accounts.current(), trimmed, clock.instant());
        em.persist(note);
        em.flush();
        added.fire(new PrivateNoteAdded(note.getId(), conversationId, conversation.getBot().getId()));
        return MessageView.of(note);
    }
}
