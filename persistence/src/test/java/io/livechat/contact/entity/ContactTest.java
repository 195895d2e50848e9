package io.livechat.contact.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.livechat.bot.entity.Bot;
import io.livechat.conversation.entity.Channel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactTest {

    private final Contact contact = new Contact(new Bot("Support", "key", Instant.EPOCH), Channel.WHATSAPP,
            "31612345678", Instant.EPOCH);

    @Test
    void aBlankValueNeverErasesWhatIsKnown() {
        contact.learnName(" Maria ");
        contact.learnName("  ");
        contact.learnName(null);
        contact.learnEmail("maria@example.com");
        contact.learnEmail("");
        assertEquals("Maria", contact.getName());
        assertEquals("maria@example.com", contact.getEmail());
    }

    @Test
    void keepsWhatTheBotCollected() {
        contact.putAttribute("order", "1042");
        contact.putAttribute("order", "1043");
        assertEquals("1043", contact.getAttributes().get("order"));
        assertThrows(UnsupportedOperationException.class, () -> contact.getAttributes().put("x", "y"));
    }
}
