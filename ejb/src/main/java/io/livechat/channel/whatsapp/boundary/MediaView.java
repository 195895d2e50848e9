package io.livechat.channel.whatsapp.boundary;

import io.livechat.channel.whatsapp.entity.Attachment;

/** A file a WhatsApp user sent, as callers see it (without its content). */
public record MediaView(long id, long messageId, String kind, String mimeType, String fileName, long size,
                        String sha256) {

    static MediaView of(Attachment attachment) {
        return new MediaView(attachment.getId(), attachment.getMessageId(), attachment.getKind(),
                attachment.getMimeType(), attachment.getFileName(), attachment.getSize(), attachment.getSha256());
    }
}
