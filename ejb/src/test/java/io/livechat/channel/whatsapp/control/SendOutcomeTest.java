package io.livechat.channel.whatsapp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.conversation.entity.Choice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendOutcomeTest {

    @Test
    void decidesOnTheErrorCodeNotTheStatus() {
        assertEquals(SendOutcome.sent("wamid.X"), SendOutcome.of(200, "{\"messages\":[{\"id\":\"wamid.X\"}]}"));
        assertEquals(SendOutcome.Kind.RETRY, SendOutcome.of(400, "{\"error\":{\"code\":130429}}").kind());
        assertEquals(SendOutcome.Kind.RETRY, SendOutcome.of(400, "{\"error\":{\"code\":131056}}").kind());
        assertEquals(SendOutcome.Kind.RETRY, SendOutcome.of(503, "<html>busy</html>").kind());
        assertEquals(SendOutcome.Kind.FAILED, SendOutcome.of(400, "{\"error\":{\"code\":131026}}").kind());
        SendOutcome window = SendOutcome.of(400, "{\"error\":{\"code\":131047}}");
        assertEquals(SendOutcome.Kind.FAILED, window.kind());
        assertTrue(window.reason().contains("24 hours"), window.reason());
    }

    @Test
    void anAnswerWithoutAMessageIdLeavesTheOutcomeUnknown() {
        assertEquals(SendOutcome.Kind.UNKNOWN, SendOutcome.of(200, "{}").kind());
    }

    @Test
    void everySendIsTaggedWithOurMessageForItsStatuses() {
        var tagged = OutboundPayload.tagged(OutboundPayload.of("49", "Hi", List.of()), 42);
        assertEquals("livechat-message:42", tagged.getString("biz_opaque_callback_data"));
        assertEquals(java.util.Optional.of(42L), OutboundPayload.messageOf(tagged));
        assertEquals(java.util.Optional.empty(), OutboundPayload.messageOf(OutboundPayload.of("49", "Hi", List.of())));
    }

    @Test
    void backoffDoublesUpToACeiling() {
        Duration first = Duration.ofSeconds(2);
        assertEquals(List.of(2L, 4L, 8L), List.of(Backoff.after(first, 1).toSeconds(), Backoff.after(first, 2).toSeconds(),
                Backoff.after(first, 3).toSeconds()));
        assertEquals(Backoff.CEILING, Backoff.after(first, 40));
    }

    @Test
    void choicesBecomeButtonsOrAList() {
        List<Choice> two = List.of(new Choice("a", "Alpha"), new Choice("b", "A title far longer than twenty"));
        String buttons = OutboundPayload.of("49", "Pick", two).toString();
        assertTrue(buttons.contains("\"type\":\"button\"") && buttons.contains("\"id\":\"a\""), buttons);
        assertTrue(buttons.contains("A title far longer …"), buttons);
        List<Choice> four = List.of(new Choice("1", "1"), new Choice("2", "2"), new Choice("3", "3"), new Choice("4", "4"));
        assertTrue(OutboundPayload.of("49", "Pick", four).toString().contains("\"type\":\"list\""));
        assertTrue(OutboundPayload.of("49", "Hi", List.of()).toString().contains("\"body\":\"Hi\""));
    }

    @Test
    void anUploadedFileIsSentByItsMediaId() {
        String document = OutboundPayload.ofMedia("49", "document", "m-1", "a.pdf").toString();
        assertTrue(document.contains("\"type\":\"document\"") && document.contains("\"document\":{\"id\":\"m-1\",\"filename\":\"a.pdf\"}"),
                document);
        assertTrue(OutboundPayload.ofMedia("49", "image", "m-2", "a.png").toString().contains("\"image\":{\"id\":\"m-2\"}"));
    }

    @Test
    void mediaMustMatchWhatMetaAnnounced() {
        byte[] content = "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        String base64 = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";
        assertEquals(null, new MediaFile(content, "text/plain", hex, 3).mismatch(base64));
        assertTrue(new MediaFile(content, "text/plain", hex, 4).mismatch(null).startsWith("size"));
        assertTrue(new MediaFile(content, "text/plain", null, -1).mismatch("AAAA").contains("SHA-256"));
    }
}
