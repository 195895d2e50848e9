package io.livechat.channel.whatsapp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserMessageTest {

    @Test
    void readsEveryChangeOfEveryEntry() {
        String payload = "{\"entry\":[{\"changes\":[{\"value\":{\"metadata\":{\"phone_number_id\":\"1\"},"
                + "\"contacts\":[{\"profile\":{\"name\":\"Ann\"},\"wa_id\":\"49\"}],\"messages\":[{},{}]}},"
                + "{\"value\":{\"metadata\":{\"phone_number_id\":\"2\"},\"statuses\":[{}]}}]},"
                + "{\"changes\":[{\"value\":{\"metadata\":{\"phone_number_id\":\"3\"},\"errors\":[{}]}}]}]}";
        List<WebhookChange> changes = WebhookChange.of(payload.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1", "2", "3"), changes.stream().map(WebhookChange::phoneNumberId).toList());
        assertEquals(2, changes.get(0).messages().size());
        assertEquals("Ann", changes.get(0).names().get("49"));
        assertEquals(1, changes.get(1).statuses().size());
        assertEquals(1, changes.get(2).errors().size());
    }

    @Test
    void buttonListAndTemplateRepliesCarryTheirTitleAndId() {
        UserMessage button = read("{\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\","
                + "\"button_reply\":{\"id\":\"yes\",\"title\":\"Yes\"}}}");
        UserMessage list = read("{\"type\":\"interactive\",\"interactive\":{\"type\":\"list_reply\","
                + "\"list_reply\":{\"id\":\"b\",\"title\":\"Billing\"}}}");
        UserMessage template = read("{\"type\":\"button\",\"button\":{\"payload\":\"agent\",\"text\":\"Talk\"}}");
        assertEquals(List.of("Yes", "yes", "Billing", "b", "Talk", "agent"), List.of(button.text(), button.choiceId(),
                list.text(), list.choiceId(), template.text(), template.choiceId()));
    }

    @Test
    void mediaNamesTheFileToFetch() {
        UserMessage voice = read("{\"type\":\"audio\",\"audio\":{\"id\":\"m1\",\"mime_type\":\"audio/ogg\",\"voice\":true}}");
        UserMessage document = read("{\"type\":\"document\",\"document\":{\"id\":\"m2\",\"filename\":\"a.pdf\","
                + "\"caption\":\"see\"}}");
        assertEquals("[Voice message]", voice.text());
        assertEquals("m1", voice.media().id());
        assertEquals("[Document: a.pdf] see", document.text());
        assertEquals("a.pdf", document.media().fileName());
    }

    @Test
    void locationContactsAndUnknownTypesStayVisible() {
        UserMessage location = read("{\"type\":\"location\",\"location\":{\"latitude\":-6.2,\"longitude\":106.8,"
                + "\"name\":\"Monas\"}}");
        UserMessage contacts = read("{\"type\":\"contacts\",\"contacts\":[{\"name\":{\"formatted_name\":\"Budi\"},"
                + "\"phones\":[{\"phone\":\"+62 1\"}]}]}");
        UserMessage unknown = read("{\"type\":\"unsupported\"}");
        assertEquals(new BigDecimal("-6.2"), location.place().latitude());
        assertEquals("[Location] Monas (-6.2, 106.8)", location.text());
        assertEquals("[The user shared a contact card: Budi (+62 1)]", contacts.text());
        assertTrue(unknown.text().contains("cannot show (unsupported)"), unknown.text());
        assertNull(unknown.media());
    }

    private static UserMessage read(String partial) {
        JsonObject json = Json.createReader(new StringReader(partial)).readObject();
        return UserMessage.of(Json.createObjectBuilder(json).add("id", "wamid.1").add("from", "49").build());
    }
}
