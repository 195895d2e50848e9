package io.livechat.contact.boundary;

import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import java.util.Map;

/**
 * What the consoles show about the user of a conversation.
 *
 * @param name the user's real name, null until it is known
 * @param displayName the real name, or until it is known their placeholder ("Visitor 4821")
 * @param externalId the WhatsApp number or the widget's visitor id
 * @param attributes what the bot collected (answers to its questions, the host page's attributes)
 */
public record ContactProfile(long contactId, String name, String displayName, Channel channel, String externalId,
                             String phone, String email, String locale, Map<String, String> attributes) {

    static ContactProfile of(Contact contact) {
        return new ContactProfile(contact.getId(), contact.getName(), contact.getDisplayName(), contact.getChannel(),
                contact.getExternalId(), contact.getPhone(), contact.getEmail(), contact.getLocale(),
                Map.copyOf(contact.getAttributes()));
    }
}
