package io.livechat.channel.whatsapp.boundary;

/** The bytes of a file a WhatsApp user sent, with what is needed to serve it. */
public record MediaContent(String mimeType, String fileName, byte[] content) {

    public MediaContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
