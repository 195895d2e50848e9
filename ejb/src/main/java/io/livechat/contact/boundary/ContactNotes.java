package io.livechat.contact.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.contact.entity.Contact;
import io.livechat.contact.entity.ContactNote;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.entity.Conversation;
import io.livechat.shared.boundary.Cursor;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;

/**
 * Notes that agents, managers and admins keep on the user of a conversation, for whoever helps them
 * next. A note belongs to the contact, so it shows in every conversation of that user with the bot.
 * Anyone who may see the bot may read and add notes; notes are never edited.
 */
@Stateless
public class ContactNotes {

    /** The longest note the database keeps. */
    public static final int MAX_LENGTH = 4000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Conversations conversations;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<ContactNoted> noted;

    @Inject
    private Clock clock;

    /** A page of the notes on the conversation's contact, newest first. */
    public Page<NoteView> ofConversation(long conversationId, PageRequest page) {
        Contact contact = conversations.visible(conversationId).getContact();
        TypedQuery<ContactNote> rows = page.isFirst()
                ? em.createNamedQuery(ContactNote.OF_CONTACT, ContactNote.class)
                : em.createNamedQuery(ContactNote.OF_CONTACT_BEFORE, ContactNote.class)
                        .setParameter("at", page.after().time())
                        .setParameter("id", page.after().id());
        return Page.of(rows.setParameter("contactId", contact.getId()).setMaxResults(page.rowsToRead()).getResultList(),
                page, note -> Cursor.after(note.getCreatedAt(), note.getId()), NoteView::of, null);
    }

    /** Adds the caller's note to the conversation's contact. */
    public NoteView add(long conversationId, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("Write the note before adding it");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException("A note holds at most " + MAX_LENGTH + " characters");
        }
        Conversation conversation = conversations.visible(conversationId);
        ContactNote note = new ContactNote(conversation.getContact(), accounts.current(), trimmed, clock.instant());
        em.persist(note);
        em.flush();
        noted.fire(new ContactNoted(note.getId(), conversation.getContact().getId(), conversationId,
                conversation.getBot().getId()));
        return NoteView.of(note);
    }
}
