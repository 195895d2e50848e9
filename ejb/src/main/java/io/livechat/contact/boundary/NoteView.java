package io.livechat.contact.boundary;

import io.livechat.contact.entity.ContactNote;
import java.time.Instant;

/** A note on a contact as the consoles and the API show it: who wrote it, when, and what. */
public record NoteView(long id, String author, String text, Instant createdAt) {

    static NoteView of(ContactNote note) {
        return new NoteView(note.getId(), note.getAuthor().getDisplayName(), note.getText(), note.getCreatedAt());
    }
}
