package io.livechat.handover.boundary;

import io.livechat.conversation.entity.Channel;

/** A handover as the Live Chat lists it: with the name and channel of the user who waits. */
public record HandoverItem(HandoverView handover, String contactName, Channel channel) {
}
