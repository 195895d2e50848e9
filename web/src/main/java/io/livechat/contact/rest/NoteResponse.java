package io.livechat.contact.rest;

import io.livechat.contact.boundary.NoteView;
import java.time.Instant;

/** A note on the wire; {@code author} is the display name of who wrote it. */
public record NoteResponse(long id, String author, String text, Instant createdAt) {

    static NoteResponse of(NoteView note) {
        return new NoteResponse(note.id(), note.author(), note.text(), note.createdAt());
    }
}
