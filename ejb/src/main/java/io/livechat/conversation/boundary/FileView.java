package io.livechat.conversation.boundary;

import io.livechat.conversation.control.ContentTypes;
import io.livechat.conversation.entity.Attachment;

/**
 * A file of a transcript as callers see it, without its bytes: {@code token} names it for a download;
 * {@code image} says whether it shows as a thumbnail (a raster image) or as a card.
 */
public record FileView(String token, String kind, String mimeType, String fileName, long size, String sha256,
                       boolean image) {

    public static FileView of(Attachment attachment) {
        return new FileView(attachment.getToken(), attachment.getKind(), attachment.getMimeType(),
                attachment.getFileName() == null ? attachment.getKind() : attachment.getFileName(), attachment.getSize(),
                attachment.getSha256(),
                ContentTypes.IMAGES.contains(attachment.getMimeType()));
    }

    /** The size as people read it: 512 bytes, 12.3 KB, 4.5 MB. */
    public String displaySize() {
        if (size < 1024) {
            return size + " bytes";
        }
        return size < FileLimits.MB ? String.format("%.1f KB", size / 1024.0) : String.format("%.1f MB", size / (double) FileLimits.MB);
    }
}
