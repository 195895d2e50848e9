package io.livechat.channel.whatsapp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"text\":\"Gr\\u00fc\\u00dfe\"}".getBytes(StandardCharsets.US_ASCII);

    @Test
    void acceptsTheHmacOfTheExactBytes() {
        // Known value: HMAC-SHA256 of "abc" with key "key".
        assertEquals("sha256=9c196e32dc0175f86f4b1cb89289d6619de6bee699e4c378e68309ed97a1a6ab",
                WebhookSignature.sign("key", "abc".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(WebhookSignature.isValid("secret", BODY, WebhookSignature.sign("secret", BODY)));
    }

    @Test
    void refusesMissingMalformedAndWrongSignatures() {
        String valid = WebhookSignature.sign("secret", BODY);
        assertFalse(WebhookSignature.isValid("secret", BODY, null));
        assertFalse(WebhookSignature.isValid("secret", BODY, ""));
        assertFalse(WebhookSignature.isValid("secret", BODY, valid.substring("sha256=".length())));
        assertFalse(WebhookSignature.isValid("secret", BODY, "sha256=zz"));
        assertFalse(WebhookSignature.isValid("other", BODY, valid));
        assertFalse(WebhookSignature.isValid(null, BODY, valid));
    }

    @Test
    void aReserialisedBodyDoesNotMatch() {
        byte[] unescaped = "{\"text\":\"Grüße\"}".getBytes(StandardCharsets.UTF_8);
        assertFalse(WebhookSignature.isValid("secret", unescaped, WebhookSignature.sign("secret", BODY)));
    }
}
