package io.livechat.handover.boundary;

import io.livechat.conversation.entity.Channel;

/**
 * A handover as the Live Chat lists it: with the name and channel of the user who waits.
 *
 * @param contactName the user's real name, or until it is known their placeholder ("Visitor 4821")
 */
public record HandoverItem(HandoverView handover, String contactName, Channel channel) {
}
