package io.livechat.conversation.boundary;

import io.livechat.conversation.entity.Channel;

/** Fired when a message for the user is stored; its delivery starts once the transaction commits. */
public record MessageQueued(long messageId, long conversationId, long botId, Channel channel) {
}
