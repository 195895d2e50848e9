package io.livechat.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PublicKeyReaderTest {

    private static RSAPublicKey key;

    @BeforeAll
    static void generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = (RSAPublicKey) generator.generateKeyPair().getPublic();
    }

    @Test
    void readsPem() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertEquals(key, PublicKeyReader.read(pem).get(""));
    }

    @Test
    void readsAJwkSetByKeyId() {
        String jwks = "{\"keys\":[{\"kty\":\"EC\",\"kid\":\"ec\"},{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\""
                + unsigned(key.getModulus().toByteArray()) + "\",\"e\":\""
                + unsigned(key.getPublicExponent().toByteArray()) + "\"}]}";
        PublicKey read = PublicKeyReader.read(jwks).get("k1");
        assertEquals(key, read);
        assertEquals(1, PublicKeyReader.read(jwks).size(), "only RSA keys are taken");
    }

    @Test
    void refusesWhatIsNoKey() {
        assertThrows(IllegalArgumentException.class, () -> PublicKeyReader.read("not a key"));
    }

    private static String unsigned(byte[] twosComplement) {
        int skip = twosComplement[0] == 0 ? 1 : 0;
        byte[] bytes = java.util.Arrays.copyOfRange(twosComplement, skip, twosComplement.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
