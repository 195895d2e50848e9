package io.livechat.history.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;
import java.time.Instant;

/** One of a contact's conversations with a bot, as the history's profile lists them. */
public record ContactConversation(long conversationId, Channel channel, Instant startedAt, Instant lastMessageAt,
                                  Responder state) {
}
