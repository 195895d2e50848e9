package io.livechat.channel.whatsapp.control;

import io.livechat.conversation.entity.Choice;
import java.util.List;

/**
 * Everything one send needs, read in the transaction that claimed the outbox entry; {@code file} is
 * set when the message carries a file, which is uploaded to the Graph API before it is sent.
 */
record SendRequest(long messageId, String phoneNumberId, String accessToken, String to, String text,
                   List<Choice> choices, OutboundFile file) {

    /** A stored file to send: its WhatsApp message type (image, document, audio, video), mime type, name and size. */
    record OutboundFile(long attachmentId, String kind, String mimeType, String fileName, long size) {
    }

    @Override
    public String toString() {
        return "SendRequest[message " + messageId + "]";
    }
}
