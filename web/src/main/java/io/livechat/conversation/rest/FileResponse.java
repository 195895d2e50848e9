package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.FileView;

/** A file of a message on the wire; its bytes at {@code contentPath}, for whoever may see the bot. */
public record FileResponse(String token, String kind, String mimeType, String fileName, long size, String sha256,
                           boolean image, String contentPath) {

    public static FileResponse of(FileView file) {
        return new FileResponse(file.token(), file.kind(), file.mimeType(), file.fileName(), file.size(), file.sha256(), file.image(),
                "/api/v1/files/" + file.token());
    }
}
