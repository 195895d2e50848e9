package io.livechat.conversation.boundary;

import io.livechat.contact.boundary.ContactIdentity;
import java.util.Objects;

/**
 * What a channel received from a user: for which bot, from whom, the text as the user saw it, the
 * channel's own id of the message (for de-duplication; null if the channel has none) and, when the
 * user picked one of the bot's choices, that choice's id.
 */
public record InboundMessage(long botId, ContactIdentity contact, String text, String externalId, String choiceId) {

    public InboundMessage {
        Objects.requireNonNull(contact);
        Objects.requireNonNull(text);
    }
}
