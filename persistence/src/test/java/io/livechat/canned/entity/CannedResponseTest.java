package io.livechat.canned.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.bot.entity.Bot;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CannedResponseTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aShortcutIsLettersDigitsDashesAndUnderscoresUpToThirtyTwo() {
        assertTrue(CannedResponse.isShortcut("greet"));
        assertTrue(CannedResponse.isShortcut("Refund_2-days"));
        assertTrue(CannedResponse.isShortcut("g".repeat(32)));
        assertFalse(CannedResponse.isShortcut("g".repeat(33)));
        assertFalse(CannedResponse.isShortcut(""));
        assertFalse(CannedResponse.isShortcut(null));
        assertFalse(CannedResponse.isShortcut("gr eet"));
        assertFalse(CannedResponse.isShortcut("/greet"));
        assertFalse(CannedResponse.isShortcut("grüß"));
    }

    @Test
    void aRewriteKeepsTheBotAndRefusesABadShortcut() {
        Bot bot = new Bot("Support", "key", T0);
        CannedResponse canned = new CannedResponse(bot, "greet", "Hello {name}", T0);
        canned.rewrite("hello", "Hi {name}", T0.plusSeconds(5));
        assertEquals("hello", canned.getShortcut());
        assertEquals("Hi {name}", canned.getText());
        assertEquals(T0.plusSeconds(5), canned.getUpdatedAt());
        assertEquals(bot, canned.getBot());
        assertThrows(IllegalArgumentException.class, () -> canned.rewrite("no spaces", "x", T0));
    }
}
