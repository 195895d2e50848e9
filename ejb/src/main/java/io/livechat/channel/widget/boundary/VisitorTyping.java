package io.livechat.channel.widget.boundary;

/**
 * A widget visitor is typing. Fired for the agent consoles to show; the conversation id is null
 * while the visitor has not written yet.
 */
public record VisitorTyping(long botId, String visitorId, Long conversationId) {
}
