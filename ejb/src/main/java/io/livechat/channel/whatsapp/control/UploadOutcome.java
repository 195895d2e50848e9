package io.livechat.channel.whatsapp.control;

/** What became of an upload to {@code /media}: the media id, or why the send cannot go on (retry or failure). */
record UploadOutcome(String mediaId, SendOutcome failure) {

    static UploadOutcome uploaded(String mediaId) {
        return new UploadOutcome(mediaId, null);
    }

    static UploadOutcome failed(SendOutcome failure) {
        return new UploadOutcome(null, failure);
    }
}
