package io.livechat.contact.boundary;

/** Fired when a note was added to the contact of a conversation; the consoles refresh their notes. */
public record ContactNoted(long noteId, long contactId, long conversationId, long botId) {
}
