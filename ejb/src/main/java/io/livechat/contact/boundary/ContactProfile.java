package io.livechat.contact.boundary;

import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import java.util.Map;

/**
 * What the consoles show about the user of a conversation.
 *
 * @param externalId the WhatsApp number or the widget's visitor id
 * @param attributes what the bot collected (answers to its questions, the host page's attributes)
 */
public record ContactProfile(long contactId, String name, Channel channel, String externalId, String phone,
                             String email, String locale, Map<String, String> attributes) {

    static ContactProfile of(Contact contact) {
        return new ContactProfile(contact.getId(), contact.getName(), contact.getChannel(), contact.getExternalId(),
                contact.getPhone(), contact.getEmail(), contact.getLocale(), Map.copyOf(contact.getAttributes()));
    }
}
