package io.livechat.contact.rest;

import io.livechat.contact.boundary.ContactProfile;
import io.livechat.conversation.entity.Channel;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Map;

/** A conversation's user on the wire; {@code externalId} is the WhatsApp number or the widget visitor id. */
@JsonbNillable
public record ContactResponse(long id, String name, Channel channel, String externalId, String phone, String email,
                              String locale, Map<String, String> attributes) {

    static ContactResponse of(ContactProfile profile) {
        return new ContactResponse(profile.contactId(), profile.name(), profile.channel(), profile.externalId(),
                profile.phone(), profile.email(), profile.locale(), profile.attributes());
    }
}
