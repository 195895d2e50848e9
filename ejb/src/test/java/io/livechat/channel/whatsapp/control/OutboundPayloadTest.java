package io.livechat.channel.whatsapp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.conversation.entity.Choice;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundPayloadTest {

    /** 👨‍👩‍👧 (8 UTF-16 units) and 👍🏽 (4). */
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    private static final String THUMBS_UP = "\uD83D\uDC4D\uD83C\uDFFD";

    @Test
    void aTextWithEmojiGoesOutAsItIs() {
        JsonObject payload = OutboundPayload.of("316", "Hi " + FAMILY + " " + THUMBS_UP, List.of());

        assertEquals("Hi " + FAMILY + " " + THUMBS_UP, payload.getJsonObject("text").getString("body"));
    }

    @Test
    void buttonTitlesLongerThanWhatsappTakesAreCutBetweenWholeEmoji() {
        // 12 + 8 = 20 units: fits; one more unit and the family does not, and goes whole.
        Choice fits = new Choice("a", "Family time " + FAMILY);
        Choice over = new Choice("b", "Family times " + FAMILY);

        JsonObject payload = OutboundPayload.of("316", "Pick one", List.of(fits, over));

        var buttons = payload.getJsonObject("interactive").getJsonObject("action").getJsonArray("buttons");
        assertEquals("Family time " + FAMILY, buttons.getJsonObject(0).getJsonObject("reply").getString("title"));
        assertEquals("Family times \u2026", buttons.getJsonObject(1).getJsonObject("reply").getString("title"));
    }

    @Test
    void imagesGoAsImagesUpToWhatsappsFiveMegabytesAndAsDocumentsBeyond() {
        assertEquals("image", OutboundPayload.kindOf("image/jpeg", OutboundPayload.IMAGE_MAX));
        assertEquals("document", OutboundPayload.kindOf("image/jpeg", OutboundPayload.IMAGE_MAX + 1));
        assertEquals("document", OutboundPayload.kindOf("image/gif", 1000));
        assertEquals("video", OutboundPayload.kindOf("video/mp4", 10L * 1024 * 1024));
    }
}
