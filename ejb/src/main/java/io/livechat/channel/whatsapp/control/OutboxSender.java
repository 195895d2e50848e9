package io.livechat.channel.whatsapp.control;

import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.control.StoredFileStream;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One attempt at sending an outbox entry: claim, call the Graph API outside any transaction (a
 * slow Graph API must not hold database locks), record what happened.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    @Inject
    private Outbox outbox;

    @Inject
    private GraphApi graph;

    @Inject
    private FileStore files;

    public void attempt(long messageId) {
        outbox.claim(messageId).ifPresent(request -> outbox.record(messageId, send(request)));
    }

    private SendOutcome send(SendRequest request) {
        if (request.file() == null) {
            return graph.send(request.phoneNumberId(), request.accessToken(), OutboundPayload.tagged(
                    OutboundPayload.of(request.to(), request.text(), request.choices()), request.messageId()));
        }
        // A file goes up to /media first; the message then names the uploaded media's id.
        SendRequest.OutboundFile file = request.file();
        UploadOutcome upload = graph.upload(request.phoneNumberId(), request.accessToken(), file.mimeType(),
                file.fileName(), file.size(), () -> new StoredFileStream(files, file.attachmentId()));
        if (upload.mediaId() == null) {
            return upload.failure();
        }
        return graph.send(request.phoneNumberId(), request.accessToken(), OutboundPayload.tagged(
                OutboundPayload.ofMedia(request.to(), file.kind(), upload.mediaId(), file.fileName()), request.messageId()));
    }

    /** The first attempt, right after the message committed, without making the caller wait for Meta. */
    @Asynchronous
    public void attemptSoon(long messageId) {
        attempt(messageId);
    }
}
