package io.livechat.channel.whatsapp.rest;

import io.livechat.channel.whatsapp.boundary.LocationView;
import io.livechat.channel.whatsapp.boundary.MediaView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** What a WhatsApp message carries beyond its text: files (content at {@code contentPath}) and a location. */
@JsonbNillable
public record WhatsappMediaResponse(long messageId, List<Item> attachments, LocationView location) {

    /** One file, without its bytes. */
    public record Item(long id, String kind, String mimeType, String fileName, long size, String sha256,
                       String contentPath) {

        static Item of(MediaView view) {
            return new Item(view.id(), view.kind(), view.mimeType(), view.fileName(), view.size(), view.sha256(),
                    "/api/v1/whatsapp/media/" + view.id() + "/content");
        }
    }
}
