package io.livechat.channel.widget.boundary;

/** The agent of a conversation is typing; shown to the widget visitor (WEB conversations only). */
public record AgentTyping(long conversationId, long botId, String visitorId, String agentName) {
}
