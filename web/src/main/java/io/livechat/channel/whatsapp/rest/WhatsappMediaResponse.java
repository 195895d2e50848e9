package io.livechat.channel.whatsapp.rest;

import io.livechat.channel.whatsapp.boundary.LocationView;
import io.livechat.conversation.rest.FileResponse;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** What a WhatsApp message carries beyond its text: files (content at each one's {@code contentPath}) and a location. */
@JsonbNillable
public record WhatsappMediaResponse(long messageId, List<FileResponse> attachments, LocationView location) {
}
