package io.livechat.auth.mechanism;

import io.livechat.agent.boundary.SingleSignOnIdentity;
import io.livechat.agent.entity.Role;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks OpenID Connect Core (3.1.3.7) asks of an ID token whose signature was verified: issued
 * by our provider, for our client, not expired, answering our nonce; then who the person is and
 * which role their groups give them (the highest of ADMIN, MANAGER, AGENT, compared in any case), the
 * latter also for the provider's access tokens on the API.
 */
final class IdTokenClaims {

    /** Clocks of the provider and this server may differ a little. */
    static final Duration LEEWAY = Duration.ofSeconds(60);

    private IdTokenClaims() {
    }

    static SingleSignOnIdentity identity(JsonObject claims, String issuer, String clientId, String nonce,
                                         String groupsClaim, Instant now) throws OidcException {
        require(issuer.equals(string(claims, "iss").map(iss -> iss.replaceAll("/+$", "")).orElse(null)), "iss");
        List<String> audience = strings(claims.get("aud"));
        require(audience.contains(clientId), "aud");
        require(audience.size() == 1 || clientId.equals(string(claims, "azp").orElse(null)), "azp");
        require(claims.get("exp") instanceof JsonNumber exp
                && Instant.ofEpochSecond(exp.longValue()).plus(LEEWAY).isAfter(now), "exp");
        require(nonce.equals(string(claims, "nonce").orElse(null)), "nonce");
        String username = string(claims, "preferred_username").or(() -> string(claims, "email"))
                .or(() -> string(claims, "sub"))
                .orElseThrow(() -> new OidcException("The ID token names nobody"));
        return person(claims, username, groupsClaim);
    }

    /**
     * The person the provider's claims describe, under the username the caller already has (the ID
     * token's above, an access token's by MicroProfile JWT's rule): their email, the name to show, and
     * the role of their groups. Refused with {@link OidcException.Reason#NO_ROLE} if no group names one.
     */
    static SingleSignOnIdentity person(JsonObject claims, String username, String groupsClaim) throws OidcException {
        Role role = role(strings(claims.get(groupsClaim))).orElseThrow(() -> new OidcException(
                OidcException.Reason.NO_ROLE, username + " is in no group of ADMIN, MANAGER, AGENT"));
        return new SingleSignOnIdentity(username, string(claims, "email"), string(claims, "name").orElse(username), role);
    }

    /**
     * The highest role among the groups; groups that name no role are ignored. A group given as its
     * full path ({@code /AGENT}, {@code /org/MANAGER}, as Keycloak sends with "full group path") is
     * named by its last segment.
     */
    static Optional<Role> role(List<String> groups) {
        return groups.stream()
                .map(group -> group.substring(group.lastIndexOf('/') + 1).strip().toUpperCase(Locale.ROOT))
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .min(Enum::compareTo);
    }

    private static void require(boolean valid, String claim) throws OidcException {
        if (!valid) {
            throw new OidcException("The ID token's " + claim + " claim does not pass");
        }
    }

    private static Optional<String> string(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value && !value.getString().isBlank()
                ? Optional.of(value.getString()) : Optional.empty();
    }

    /** A claim that is one string or an array of strings (as {@code aud} and groups may be). */
    private static List<String> strings(JsonValue value) {
        if (value instanceof JsonString single) {
            return List.of(single.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        return List.of();
    }
}
