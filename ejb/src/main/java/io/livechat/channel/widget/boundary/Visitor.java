package io.livechat.channel.widget.boundary;

import io.livechat.contact.boundary.ContactIdentity;
import io.livechat.conversation.entity.Channel;

/** An authenticated widget visitor: the bot whose widget they use and their visitor id (the contact's WEB id). */
public record Visitor(long botId, String visitorId, boolean verified) {

    public ContactIdentity identity() {
        return new ContactIdentity(Channel.WEB, visitorId, null);
    }

    /** The key the web module files the visitor's open sockets under. */
    public String address() {
        return address(botId, visitorId);
    }

    public static String address(long botId, String visitorId) {
        return botId + ":" + visitorId;
    }
}
