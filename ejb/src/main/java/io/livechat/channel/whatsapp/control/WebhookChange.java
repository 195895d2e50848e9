package io.livechat.channel.whatsapp.control;

import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code entry[].changes[].value} of a webhook payload: which of our numbers it is for, the
 * names of the users in it, and its messages, statuses and value-level errors. A POST may batch
 * several entries and changes; {@link #of} returns all of them.
 */
public record WebhookChange(String phoneNumberId, Map<String, String> names, List<JsonObject> messages,
                            List<JsonObject> statuses, List<JsonObject> errors) {

    public static List<WebhookChange> of(byte[] payload) {
        JsonObject root;
        try (JsonReader reader = Jsonp.createReader(new ByteArrayInputStream(payload))) {
            root = reader.readObject();
        }
        List<WebhookChange> changes = new ArrayList<>();
        for (JsonObject entry : objects(root, "entry")) {
            for (JsonObject change : objects(entry, "changes")) {
                JsonObject value = change.getJsonObject("value");
                if (value != null) {
                    changes.add(of(value));
                }
            }
        }
        return changes;
    }

    private static WebhookChange of(JsonObject value) {
        JsonObject metadata = value.getJsonObject("metadata");
        String phoneNumberId = metadata == null ? null : metadata.getString("phone_number_id", null);
        Map<String, String> names = new HashMap<>();
        for (JsonObject contact : objects(value, "contacts")) {
            JsonObject profile = contact.getJsonObject("profile");
            if (profile != null && contact.containsKey("wa_id")) {
                names.put(contact.getString("wa_id"), profile.getString("name", null));
            }
        }
        return new WebhookChange(phoneNumberId, names, objects(value, "messages"), objects(value, "statuses"),
                objects(value, "errors"));
    }

    /**
     * Who sent the payload's first message and when WhatsApp says it was sent, read before the
     * payload is stored; empty for statuses only, and for a payload that no processing can read.
     */
    public static Optional<FirstMessage> firstMessage(byte[] payload) {
        try {
            for (WebhookChange change : of(payload)) {
                for (JsonObject message : change.messages()) {
                    String from = message.getString("from", null);
                    if (change.phoneNumberId() != null && from != null) {
                        String sender = change.phoneNumberId() + ":" + from;
                        return sender.length() > FirstMessage.MAX_SENDER ? Optional.empty()
                                : Optional.of(new FirstMessage(sender, seconds(message.getString("timestamp", null))));
                    }
                }
            }
        } catch (JsonException | ClassCastException e) {
            // Stored as it came all the same; processing parks what cannot be read.
        }
        return Optional.empty();
    }

    /** The first message of a delivery: its sender ({@code <phone number id>:<wa_id>}) and WhatsApp's timestamp. */
    public record FirstMessage(String sender, Long sentAt) {

        /** The width of whatsapp_inbox.sender. */
        static final int MAX_SENDER = 64;
    }

    private static Long seconds(String timestamp) {
        try {
            return timestamp == null ? null : Long.valueOf(timestamp);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<JsonObject> objects(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().stream()
                .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }
}
