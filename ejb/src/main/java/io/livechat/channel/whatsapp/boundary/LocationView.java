package io.livechat.channel.whatsapp.boundary;

import java.math.BigDecimal;

/** Where a WhatsApp user's location message points. */
public record LocationView(BigDecimal latitude, BigDecimal longitude, String name, String address) {
}
