package io.livechat.unread.boundary;

/**
 * A person's read mark of a conversation after marking it.
 *
 * @param handoverId        the conversation's open handover, or null
 * @param lastReadMessageId the last message they have seen, 0 for a conversation without messages
 * @param unread            what is left unread (0 unless they marked an earlier message)
 */
public record ReadState(long conversationId, Long handoverId, long lastReadMessageId, int unread) {
}
