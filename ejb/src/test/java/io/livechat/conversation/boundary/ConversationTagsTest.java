package io.livechat.conversation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.livechat.shared.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConversationTagsTest {

    @Test
    void aTagIsTrimmedLowerCasedAndSingleSpaced() {
        assertEquals("vip customer", ConversationTags.normalize("  VIP \t Customer "));
    }

    @Test
    void aBlankTagIsRefused() {
        assertThrows(InvalidInputException.class, () -> ConversationTags.normalize(" \n "));
        assertThrows(InvalidInputException.class, () -> ConversationTags.normalize(null));
    }

    @Test
    void sixtyCharactersFitAndSixtyOneDoNot() {
        assertEquals(60, ConversationTags.normalize("a".repeat(60)).length());
        assertThrows(InvalidInputException.class, () -> ConversationTags.normalize("a".repeat(61)));
    }
}
