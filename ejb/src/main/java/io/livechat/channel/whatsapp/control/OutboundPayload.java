package io.livechat.channel.whatsapp.control;

import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.MessageText;
import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code POST /{phone-number-id}/messages} for one of our messages: plain text, or,
 * when a bot message offers choices, reply buttons (up to three) or a list (up to ten). WhatsApp
 * cuts button titles at 20 characters and list rows at 24 (cut here between whole emoji, see
 * {@link MessageText}); the ids come back in the user's reply.
 */
public final class OutboundPayload {

    /**
     * The prefix of the {@code biz_opaque_callback_data} every send carries: Meta echoes it in the
     * statuses of the message, so a status names our message even when the send's own answer (with
     * the wamid) was lost.
     */
    static final String CALLBACK_PREFIX = "livechat-message:";
    static final int MAX_BUTTONS = 3;
    static final int MAX_ROWS = 10;

    private OutboundPayload() {
    }

    public static JsonObject of(String to, String text, List<Choice> choices) {
        JsonObjectBuilder message = Jsonp.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("recipient_type", "individual")
                .add("to", to);
        if (choices.isEmpty()) {
            return message.add("type", "text")
                    .add("text", Jsonp.createObjectBuilder().add("preview_url", false).add("body", text))
                    .build();
        }
        JsonObjectBuilder interactive = Jsonp.createObjectBuilder()
                .add("body", Jsonp.createObjectBuilder().add("text", MessageText.cut(text, 1024)));
        if (choices.size() <= MAX_BUTTONS) {
            JsonArrayBuilder buttons = Jsonp.createArrayBuilder();
            choices.forEach(choice -> buttons.add(Jsonp.createObjectBuilder().add("type", "reply")
                    .add("reply", Jsonp.createObjectBuilder().add("id", choice.id()).add("title", MessageText.cut(choice.title(), 20)))));
            interactive.add("type", "button").add("action", Jsonp.createObjectBuilder().add("buttons", buttons));
        } else {
            JsonArrayBuilder rows = Jsonp.createArrayBuilder();
            choices.stream().limit(MAX_ROWS).forEach(choice -> rows.add(Jsonp.createObjectBuilder()
                    .add("id", choice.id()).add("title", MessageText.cut(choice.title(), 24))));
            interactive.add("type", "list").add("action", Jsonp.createObjectBuilder()
                    .add("button", "Choose")
                    .add("sections", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                            .add("title", "Options").add("rows", rows))));
        }
        return message.add("type", "interactive").add("interactive", interactive).build();
    }

    /** The payload, tagged with our message's id for its statuses. */
    public static JsonObject tagged(JsonObject payload, long messageId) {
        return Jsonp.createObjectBuilder(payload).add("biz_opaque_callback_data", CALLBACK_PREFIX + messageId).build();
    }

    /** Our message that a status is about, from the tag its send carried. */
    static Optional<Long> messageOf(JsonObject status) {
        String tag = status.getString("biz_opaque_callback_data", "");
        if (!tag.startsWith(CALLBACK_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(tag.substring(CALLBACK_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A file uploaded before ({@code media id}), as an image, document, audio or video message. */
    public static JsonObject ofMedia(String to, String kind, String mediaId, String fileName) {
        JsonObjectBuilder media = Jsonp.createObjectBuilder().add("id", mediaId);
        if ("document".equals(kind) && fileName != null) {
            media.add("filename", fileName);
        }
        return Jsonp.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("recipient_type", "individual")
                .add("to", to)
                .add("type", kind)
                .add(kind, media)
                .build();
    }

    /** WhatsApp's limit for an image message; a larger JPEG or PNG goes as a document, which takes 100 MB. */
    static final long IMAGE_MAX = 5L * 1024 * 1024;

    /**
     * The message type WhatsApp sends a file of this type and size as: images only as JPEG or PNG of
     * at most 5 MB, video only as MP4 or 3GPP; anything else goes as a document, which takes every type.
     */
    static String kindOf(String mimeType, long size) {
        if ((mimeType.startsWith("image/jpeg") || mimeType.startsWith("image/png")) && size <= IMAGE_MAX) {
            return "image";
        }
        if (mimeType.startsWith("audio/")) {
            return "audio";
        }
        if (mimeType.startsWith("video/mp4") || mimeType.startsWith("video/3gpp")) {
            return "video";
        }
        return "document";
    }
}
