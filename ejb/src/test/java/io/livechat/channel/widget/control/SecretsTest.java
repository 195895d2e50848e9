package io.livechat.channel.widget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void aVerifiedIdentityIsTheHexHmacSha256OfTheUserIdWithTheSecret() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assertEquals(expected, Secrets.hmacSha256("Jefe", "what do ya want for nothing?"));
        assertTrue(Secrets.verifies("Jefe", "what do ya want for nothing?", expected.toUpperCase()));
        assertFalse(Secrets.verifies("Jefe", "what do ya want for nothing!", expected));
        assertFalse(Secrets.verifies("Jefe", "what do ya want for nothing?", null));
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashesAreComparable() {
        assertNotEquals(Secrets.random(), Secrets.random());
        assertEquals(64, Secrets.random().length());
        assertEquals(Secrets.sha256("token"), Secrets.sha256("token"));
        assertNotEquals(Secrets.sha256("token"), Secrets.sha256("token2"));
    }
}
