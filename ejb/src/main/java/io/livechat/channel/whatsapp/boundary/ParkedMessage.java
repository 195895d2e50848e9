package io.livechat.channel.whatsapp.boundary;

import java.time.Instant;

/** A message of a WhatsApp webhook that could never be processed: why, and what Meta sent (its JSON). */
public record ParkedMessage(long id, String reason, String payload, Instant receivedAt) {
}
