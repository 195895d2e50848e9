package io.livechat.contact.rest;

import io.livechat.contact.boundary.ContactNotes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new note on a conversation's user. */
public record NoteRequest(@NotBlank @Size(max = ContactNotes.MAX_LENGTH) String text) {
}
