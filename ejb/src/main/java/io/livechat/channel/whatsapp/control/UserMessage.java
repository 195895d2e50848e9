package io.livechat.channel.whatsapp.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user sent, read from one webhook {@code messages[]} item: the text the agent sees, the
 * id of the choice it picked (buttons, lists, template quick replies), and a file or a place when
 * it carries one. Types Live Chat cannot show still become a visible line, never nothing.
 */
public record UserMessage(String wamid, String from, String type, String text, String choiceId, Media media,
                          Place place) {

    /** A file to fetch from the Graph API, with what Meta says about it. */
    public record Media(String kind, String id, String mimeType, String sha256, String fileName) {
    }

    /** A location the user shared. */
    public record Place(BigDecimal latitude, BigDecimal longitude, String name, String address) {
    }

    private static final List<String> MEDIA = List.of("image", "document", "audio", "video", "sticker");

    /** Why the message can never be processed, whatever the retries: it has no id or no sender. */
    public static Optional<String> unprocessable(JsonObject message) {
        if (!(message.get("id") instanceof JsonString id) || id.getString().isBlank()) {
            return Optional.of("The message has no id (wamid)");
        }
        if (!(message.get("from") instanceof JsonString from) || from.getString().isBlank()) {
            return Optional.of("The message names no sender (from)");
        }
        return Optional.empty();
    }

    public static UserMessage of(JsonObject message) {
        String wamid = message.getString("id");
        String from = message.getString("from");
        String type = message.getString("type", "unknown");
        JsonObject body = message.containsKey(type) && message.get(type).getValueType() == JsonValue.ValueType.OBJECT
                ? message.getJsonObject(type) : JsonValue.EMPTY_JSON_OBJECT;
        return switch (type) {
            case "text" -> new UserMessage(wamid, from, type, body.getString("body", ""), null, null, null);
            case "interactive" -> interactive(wamid, from, body);
            case "button" -> new UserMessage(wamid, from, type, body.getString("text", ""),
                    body.getString("payload", null), null, null);
            case "location" -> location(wamid, from, body);
            case "contacts" -> new UserMessage(wamid, from, type, contacts(message), null, null, null);
            default -> MEDIA.contains(type) ? media(wamid, from, type, body)
                    : new UserMessage(wamid, from, type,
                    "[The user sent a message of a kind Live Chat cannot show (" + type + ")]", null, null, null);
        };
    }

    private static UserMessage interactive(String wamid, String from, JsonObject interactive) {
        String kind = interactive.getString("type", "");
        JsonObject reply = interactive.getJsonObject(kind);
        if (reply == null) {
            return new UserMessage(wamid, from, "interactive",
                    "[The user answered with an interactive reply Live Chat cannot show (" + kind + ")]", null, null, null);
        }
        return new UserMessage(wamid, from, "interactive", reply.getString("title", ""), reply.getString("id", null),
                null, null);
    }

    private static UserMessage media(String wamid, String from, String type, JsonObject body) {
        String fileName = body.getString("filename", null);
        String caption = body.getString("caption", null);
        String label = switch (type) {
            case "image" -> "[Image]";
            case "audio" -> body.getBoolean("voice", false) ? "[Voice message]" : "[Audio]";
            case "video" -> "[Video]";
            case "sticker" -> "[Sticker]";
            default -> "[Document" + (fileName == null ? "]" : ": " + fileName + "]");
        };
        String text = caption == null || caption.isBlank() ? label : label + " " + caption;
        Media media = new Media(type, body.getString("id", null), body.getString("mime_type", null),
                body.getString("sha256", null), fileName);
        return new UserMessage(wamid, from, type, text, null, media, null);
    }

    private static UserMessage location(String wamid, String from, JsonObject body) {
        Place place = new Place(number(body, "latitude"), number(body, "longitude"), body.getString("name", null),
                body.getString("address", null));
        StringBuilder text = new StringBuilder("[Location]");
        if (place.name() != null) {
            text.append(' ').append(place.name());
        }
        if (place.address() != null) {
            text.append(", ").append(place.address());
        }
        text.append(" (").append(place.latitude()).append(", ").append(place.longitude()).append(')');
        return new UserMessage(wamid, from, "location", text.toString(), null, null, place);
    }

    private static String contacts(JsonObject message) {
        String shared = WebhookChange.objects(message, "contacts").stream()
                .map(UserMessage::contactLine)
                .collect(Collectors.joining("; "));
        return "[The user shared a contact card: " + (shared.isEmpty() ? "no details" : shared) + "]";
    }

    private static String contactLine(JsonObject card) {
        JsonObject name = card.getJsonObject("name");
        String line = name == null ? "unnamed" : name.getString("formatted_name", "unnamed");
        String phones = WebhookChange.objects(card, "phones").stream()
                .map(phone -> phone.getString("phone", ""))
                .filter(phone -> !phone.isBlank())
                .collect(Collectors.joining(", "));
        return phones.isEmpty() ? line : line + " (" + phones + ")";
    }

    private static BigDecimal number(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
            return new BigDecimal(body.getString(name));
        }
        return BigDecimal.ZERO;
    }
}
