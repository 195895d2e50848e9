package io.livechat.unread.boundary;

/**
 * Fired when a person's read mark of a conversation moved forward; their own consoles (every tab, on
 * every node) count again after commit.
 *
 * @param handoverId the conversation's open handover, the row the Live Chat lists show, or null
 */
public record ConversationRead(long botId, long conversationId, Long handoverId, String username,
                               long lastMessageId) {
}
