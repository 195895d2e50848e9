package io.livechat.unread.boundary;

/**
 * What one person has not seen of one open handover's conversation: the user's messages since they
 * last read it (within the handover), and one more while they have not looked at the handover at all.
 */
public record UnreadCount(long handoverId, long conversationId, long botId, int unread) {
}
