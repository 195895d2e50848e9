package io.livechat.conversation.boundary;

/**
 * Fired when one of the bot's people added a private note to a conversation's transcript. Only the
 * consoles observe it: a note goes to no channel (it is no {@link MessageQueued}).
 */
public record PrivateNoteAdded(long messageId, long conversationId, long botId) {
}
