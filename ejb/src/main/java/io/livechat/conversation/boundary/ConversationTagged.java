package io.livechat.conversation.boundary;

/** Fired when a conversation's tags changed; the consoles refresh the tags they show. */
public record ConversationTagged(long conversationId, long botId) {
}
