package io.livechat.conversation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageTextTest {

    private static final String THUMBS_UP_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD";
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final String RAINBOW_FLAG = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
    private static final String GERMANY = "\uD83C\uDDE9\uD83C\uDDEA";

    @Test
    void lengthsAreCountedInUtf16UnitsAsWhatsappCountsAtMost() {
        assertEquals(4, THUMBS_UP_MEDIUM.length());
        assertEquals(11, FAMILY.length());
        assertTrue(MessageText.fits("a".repeat(MessageText.MAX)));
        assertFalse(MessageText.fits("a".repeat(MessageText.MAX + 1)));
        assertTrue(MessageText.fits("\uD83D\uDE00".repeat(MessageText.MAX / 2)), "2048 emoji of 2 units each");
        assertFalse(MessageText.fits("\uD83D\uDE00".repeat(MessageText.MAX / 2) + "a"));
        assertFalse(MessageText.fits(" \n"), "blank says nothing");
        assertFalse(MessageText.fits(null));
    }

    @Test
    void aCutNeverSplitsAnEmojiOrItsSkinToneOrItsZeroWidthJoins() {
        String text = "Hi " + FAMILY + " and " + THUMBS_UP_MEDIUM + RAINBOW_FLAG + GERMANY;
        for (int max = 1; max <= text.length(); max++) {
            String head = MessageText.head(text, max);
            assertTrue(head.length() <= max);
            assertTrue(text.startsWith(head));
            int end = head.length();
            assertFalse(end > 0 && Character.isHighSurrogate(head.charAt(end - 1)), "no lone surrogate at " + max);
            assertFalse(head.endsWith("\u200D"), "no dangling joiner at " + max);
            assertFalse(end < text.length() && (text.charAt(end) == '\u200D'
                    || text.startsWith("\uD83C\uDFFD", end) || text.charAt(end) == '\uFE0F'), "no orphaned part at " + max);
        }
        assertEquals("Hi ", MessageText.head(text, 3 + FAMILY.length() - 1), "the family stays whole or out");
        assertEquals("Hi " + FAMILY, MessageText.head(text, 3 + FAMILY.length()));
        assertEquals("Hi \u2026", MessageText.cut(text, 5));
        assertEquals(text, MessageText.cut(text, text.length()));
        assertEquals("ab" + THUMBS_UP_MEDIUM.substring(0, 0) + "\u2026", MessageText.cut("ab" + THUMBS_UP_MEDIUM, 5));
    }
}
