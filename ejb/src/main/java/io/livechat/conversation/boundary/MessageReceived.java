package io.livechat.conversation.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;

/**
 * Fired in the transaction that stored a user's message. The bot's workflow observes it plainly
 * and answers in the same transaction when the bot is the responder; pushes to agents observe it
 * after commit.
 *
 * @param choiceId the id of the bot's choice the user picked, or null
 * @param responder who answers the conversation at the moment the message arrived
 */
public record MessageReceived(long messageId, long conversationId, long botId, Channel channel, String choiceId,
                              Responder responder) {
}
