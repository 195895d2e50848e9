package io.livechat.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwsTest {

    private static KeyPair keys;
    private static KeyPair otherKeys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
    }

    private final JsonObject claims = Json.createObjectBuilder().add("iss", "urn:livechat").add("upn", "alice").build();

    @Test
    void aSignedTokenParsesAndVerifiesWithItsKeyOnly() {
        String token = Jws.sign(claims, "kid-1", keys.getPrivate());
        Jws.Parsed parsed = Jws.parse(token).orElseThrow();
        assertEquals(Optional.of("kid-1"), parsed.kid());
        assertEquals("alice", parsed.claims().getString("upn"));
        assertTrue(parsed.verifiedBy(keys.getPublic()));
        assertFalse(parsed.verifiedBy(otherKeys.getPublic()));
    }

    @Test
    void changedClaimsNoLongerVerify() {
        String[] parts = Jws.sign(claims, "kid-1", keys.getPrivate()).split("\\.");
        String forged = encode("{\"iss\":\"urn:livechat\",\"upn\":\"admin\"}");
        assertFalse(Jws.parse(parts[0] + "." + forged + "." + parts[2]).orElseThrow().verifiedBy(keys.getPublic()));
    }

    @Test
    void refusesOtherAlgorithmsAndMalformedTokens() {
        String body = encode(claims.toString());
        assertTrue(Jws.parse(encode("{\"alg\":\"none\"}") + "." + body + ".").isEmpty());
        assertTrue(Jws.parse(encode("{\"alg\":\"HS256\"}") + "." + body + ".c2ln").isEmpty());
        assertTrue(Jws.parse("not-a-token").isEmpty());
        assertTrue(Jws.parse("a.b").isEmpty());
        assertTrue(Jws.parse(encode("[1]") + "." + body + ".c2ln").isEmpty());
        assertTrue(Jws.parse("%%%." + body + ".c2ln").isEmpty());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
