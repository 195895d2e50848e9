package io.livechat.channel.whatsapp.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code entry[].changes[].value} of a webhook payload: which of our numbers it is for, the
 * names of the users in it, and its messages, statuses and value-level errors. A POST may batch
 * several entries and changes; {@link #of} returns all of them.
 */
public record WebhookChange(String phoneNumberId, Map<String, String> names, List<JsonObject> messages,
                            List<JsonObject> statuses, List<JsonObject> errors) {

    public static List<WebhookChange> of(byte[] payload) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(payload))) {
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
