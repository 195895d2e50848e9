package io.livechat.conversation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.livechat.conversation.control.ContentTypes;
import io.livechat.conversation.entity.Channel;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileLimitsTest {

    @Test
    void aBotWithoutAPolicyTakesEveryKnownTypeUpTo25MegabytesAnd16OnWhatsapp() {
        FileLimits defaults = FileLimits.of(null);
        assertEquals(25L * 1024 * 1024, defaults.on(Channel.WEB).maxBytes());
        assertEquals(16L * 1024 * 1024, defaults.on(Channel.WHATSAPP).maxBytes());
        assertEquals(ContentTypes.KNOWN, defaults.allowedTypes());
    }

    @Test
    void aSmallerLimitHoldsOnEveryChannel() {
        FileLimits small = FileLimits.checked(1024, Set.of("application/pdf"));
        assertEquals(1024, small.on(Channel.WHATSAPP).maxBytes());
        assertEquals("file-too-large", assertThrows(FileRefusedException.class, () -> small.requireSize(1025)).type());
        assertEquals("file-type-not-allowed",
                assertThrows(FileRefusedException.class, () -> small.requireAllowed("image/png")).type());
        assertEquals("file-type-not-allowed", assertThrows(FileRefusedException.class, () -> small.requireAllowed(null)).type());
    }

    @Test
    void anAdminCannotAllowMoreThan25MegabytesOrATypeNobodyDetects() {
        assertThrows(FileRefusedException.class, () -> FileLimits.checked(26L * 1024 * 1024, Set.of()));
        assertThrows(FileRefusedException.class, () -> FileLimits.checked(0, Set.of()));
        assertThrows(FileRefusedException.class, () -> FileLimits.checked(1024, Set.of("text/html")));
    }
}
