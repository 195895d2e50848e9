package io.livechat.auth.control;

import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads RSA public keys in the forms MicroProfile JWT accepts for {@code mp.jwt.verify.publickey}:
 * PEM (or its bare Base64 body), a JWK, or a JWK Set. Keys are returned by their {@code kid}; a key
 * without one is filed under the empty string.
 */
public final class PublicKeyReader {

    private PublicKeyReader() {
    }

    public static Map<String, PublicKey> read(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) {
                return fromJwk(trimmed);
            }
            String body = trimmed.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            return Map.of("", key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an RSA public key in PEM, JWK or JWKS form", e);
        }
    }

    private static Map<String, PublicKey> fromJwk(String json) throws GeneralSecurityException {
        JsonObject object;
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        Map<String, PublicKey> keys = new HashMap<>();
        if (object.containsKey("keys")) {
            for (JsonValue key : object.getJsonArray("keys")) {
                JsonObject jwk = key.asJsonObject();
                if ("RSA".equals(jwk.getString("kty", null))) {
                    keys.put(jwk.getString("kid", ""), rsa(jwk));
                }
            }
        } else {
            keys.put(object.getString("kid", ""), rsa(object));
        }
        return keys;
    }

    private static PublicKey rsa(JsonObject jwk) throws GeneralSecurityException {
        Base64.Decoder decoder = Base64.getUrlDecoder();
        BigInteger modulus = new BigInteger(1, decoder.decode(jwk.getString("n")));
        BigInteger exponent = new BigInteger(1, decoder.decode(jwk.getString("e")));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }
}
