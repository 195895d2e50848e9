package io.livechat.channel.whatsapp.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A bot's WhatsApp number and whether an access token is set; the token itself never leaves the server. */
public record WhatsappConnection(long botId, String phoneNumberId, boolean accessTokenSet, Instant updatedAt)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
