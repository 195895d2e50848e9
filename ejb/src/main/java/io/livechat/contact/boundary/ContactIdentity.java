package io.livechat.contact.boundary;

import io.livechat.conversation.entity.Channel;

/** How a channel knows an end user: the channel and its id of them, and the name it gave, if any. */
public record ContactIdentity(Channel channel, String externalId, String name) {
}
