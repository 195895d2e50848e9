package io.livechat.auth.control;

import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * Compact JWS with RS256, the one algorithm MicroProfile JWT requires. Parsing never trusts the
 * header's algorithm: anything but RS256 (notably "none" and the HMAC family) is refused.
 */
public final class Jws {

    public static final String ALGORITHM = "RS256";
    private static final String JAVA_ALGORITHM = "SHA256withRSA";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jws() {
    }

    /** A token split into its parts; its signature is not checked yet. */
    public record Parsed(JsonObject header, JsonObject claims, byte[] signingInput, byte[] signature) {

        public Optional<String> kid() {
            return Optional.ofNullable(header.getString("kid", null));
        }

        public boolean verifiedBy(PublicKey key) {
            try {
                Signature verifier = Signature.getInstance(JAVA_ALGORITHM);
                verifier.initVerify(key);
                verifier.update(signingInput);
                return verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }

    public static String sign(JsonObject claims, String kid, PrivateKey key) {
        JsonObject header = Jsonp.createObjectBuilder().add("alg", ALGORITHM).add("typ", "JWT").add("kid", kid).build();
        String signingInput = encode(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + encode(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance(JAVA_ALGORITHM);
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + JAVA_ALGORITHM, e);
        }
    }

    /** Splits and decodes a compact JWS; empty if it is malformed or not RS256. */
    public static Optional<Parsed> parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject header = json(DECODER.decode(parts[0]));
            if (!ALGORITHM.equals(header.getString("alg", null))) {
                return Optional.empty();
            }
            JsonObject claims = json(DECODER.decode(parts[1]));
            byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return Optional.of(new Parsed(header, claims, signingInput, DECODER.decode(parts[2])));
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static JsonObject json(byte[] bytes) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }
}
