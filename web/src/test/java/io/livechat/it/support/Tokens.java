package io.livechat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Signs JWTs the way an identity provider does, so tests can present valid and broken ones. */
public final class Tokens {

    private Tokens() {
    }

    /** Claims of a MicroProfile JWT for the user, valid for an hour from now. */
    public static JsonObjectBuilder claims(String issuer, String username, String group) {
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", username)
                .add("upn", username)
                .add("groups", Json.createArrayBuilder().add(group))
                .add("iat", now)
                .add("exp", now + 3600);
    }

    public static String sign(JsonObject claims, PrivateKey key) {
        String header = encode(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString());
        String input = header + "." + encode(claims.toString());
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ("alg": "none") that a careless verifier would accept. */
    public static String unsigned(JsonObject claims) {
        String header = encode(Json.createObjectBuilder().add("alg", "none").build().toString());
        return header + "." + encode(claims.toString()) + ".";
    }

    public static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
