package io.livechat.auth.boundary;

import io.livechat.agent.entity.UserAccount;
import io.livechat.auth.control.ExternalIssuer;
import io.livechat.auth.control.Jws;
import io.livechat.shared.json.Jsonp;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and verifies the bearer tokens of the REST API: MicroProfile JWT tokens (RS256, with
 * {@code iss}, {@code upn}, {@code groups}, {@code exp}). The server is its own issuer by default;
 * tokens of an external identity provider configured with {@code mp.jwt.verify.*} are accepted too.
 */
@Stateless
public class ApiTokens {

    @Inject
    private SigningKeys keys;

    @Inject
    private ExternalIssuer external;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "livechat.jwt.issuer", defaultValue = "urn:livechat")
    private String issuer;

    @Inject
    @ConfigProperty(name = "livechat.jwt.lifetime", defaultValue = "PT8H")
    private String lifetime;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    private long clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    private Optional<String> audiences;

    public IssuedToken issue(UserAccount account) {
        Instant now = clock.instant();
        long seconds = Duration.parse(lifetime).toSeconds();
        JsonObject claims = Jsonp.createObjectBuilder()
                .add("iss", issuer)
                .add("jti", UUID.randomUUID().toString())
                .add("sub", account.getUsername())
                .add("upn", account.getUsername())
                .add("name", account.getDisplayName())
                .add("groups", Jsonp.createArrayBuilder().add(account.getRole().name()))
                .add("iat", now.getEpochSecond())
                .add("exp", now.getEpochSecond() + seconds)
                .build();
        return new IssuedToken(Jws.sign(claims, keys.currentKid(), keys.currentKey()), seconds);
    }

    /** The caller a token speaks for; empty if its signature, issuer, audience or lifetime is not right. */
    public Optional<CallerToken> verify(String token) {
        return Jws.parse(token).filter(this::signedByTrustedIssuer).flatMap(parsed -> caller(parsed.claims()));
    }

    private boolean issuedHere(JsonObject claims) {
        return issuer.equals(claims.getString("iss", ""));
    }

    private boolean signedByTrustedIssuer(Jws.Parsed parsed) {
        String tokenIssuer = parsed.claims().getString("iss", "");
        Optional<PublicKey> key;
        if (issuer.equals(tokenIssuer)) {
            key = parsed.kid().flatMap(keys::publicKey);
        } else if (external.issued(tokenIssuer)) {
            key = external.key(parsed.kid());
        } else {
            key = Optional.empty();
        }
        return key.map(parsed::verifiedBy).orElse(false);
    }

    private Optional<CallerToken> caller(JsonObject claims) {
        long now = clock.instant().getEpochSecond();
        Optional<Long> expiry = seconds(claims, "exp");
        if (expiry.isEmpty() || expiry.get() + clockSkewSeconds < now
                || seconds(claims, "iat").map(issuedAt -> issuedAt - clockSkewSeconds > now).orElse(false)
                || seconds(claims, "nbf").map(notBefore -> notBefore - clockSkewSeconds > now).orElse(false)
                || !audienceAccepted(claims)) {
            return Optional.empty();
        }
        // MicroProfile JWT names the caller by upn, then preferred_username, then sub.
        Optional<String> name = text(claims, "upn").or(() -> text(claims, "preferred_username"))
                .or(() -> text(claims, "sub"));
        return name.map(caller -> new CallerToken(caller, groups(claims), issuedHere(claims), claims));
    }

    private boolean audienceAccepted(JsonObject claims) {
        if (audiences.isEmpty()) {
            return true;
        }
        JsonValue aud = claims.get("aud");
        Set<String> tokenAudiences = new HashSet<>();
        if (aud instanceof JsonString single) {
            tokenAudiences.add(single.getString());
        } else if (aud instanceof JsonArray many) {
            many.getValuesAs(JsonString.class).forEach(value -> tokenAudiences.add(value.getString()));
        }
        List<String> accepted = Arrays.asList(audiences.get().split("\\s*,\\s*"));
        return tokenAudiences.stream().anyMatch(accepted::contains);
    }

    private static Set<String> groups(JsonObject claims) {
        JsonValue groups = claims.get("groups");
        Set<String> result = new HashSet<>();
        if (groups instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance)
                    .forEach(value -> result.add(((JsonString) value).getString()));
        }
        return result;
    }

    private static Optional<Long> seconds(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonNumber number ? Optional.of(number.longValue()) : Optional.empty();
    }

    private static Optional<String> text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value && !value.getString().isBlank()
                ? Optional.of(value.getString()) : Optional.empty();
    }
}
