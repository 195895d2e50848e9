package io.livechat.auth.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.livechat.agent.boundary.SingleSignOnIdentity;
import io.livechat.agent.entity.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdTokenClaimsTest {

    private static final String ISSUER = "https://idp.example.test/realm";
    private static final String CLIENT = "livechat-console";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void aValidTokenGivesThePersonAndTheHighestRoleOfTheirGroups() throws Exception {
        SingleSignOnIdentity identity = identity(valid()
                .add("groups", Json.createArrayBuilder().add("staff").add("agent").add("Manager")));

        assertEquals(new SingleSignOnIdentity("jane", Optional.of("jane@example.test"), "Jane Doe", Role.MANAGER),
                identity);
    }

    @Test
    void aGroupGivenAsItsFullPathIsNamedByItsLastSegment() throws Exception {
        assertEquals(Optional.of(Role.AGENT), IdTokenClaims.role(List.of("/AGENT")));
        assertEquals(Optional.of(Role.MANAGER), IdTokenClaims.role(List.of("/staff", "/AGENT", "/org/Manager")));
        assertEquals(Optional.empty(), IdTokenClaims.role(List.of("/ADMIN/guests", "/AGENT/")),
                "a group below ADMIN or a path that ends in no name is no role");
        assertEquals(Role.ADMIN, identity(valid().add("groups", Json.createArrayBuilder().add("/org/admin"))).role());
    }

    @Test
    void anAccessTokenDescribesThePersonUnderTheUsernameTheCallerHas() throws Exception {
        JsonObject claims = Json.createObjectBuilder().add("upn", "jdoe").add("email", "jane@example.test")
                .add("groups", Json.createArrayBuilder().add("/agent")).build();

        assertEquals(new SingleSignOnIdentity("jdoe", Optional.of("jane@example.test"), "jdoe", Role.AGENT),
                IdTokenClaims.person(claims, "jdoe", "groups"));
    }

    @Test
    void groupsMayBeOneStringAndTheClaimIsConfigurable() throws Exception {
        JsonObject claims = valid().add("roles", "ADMIN").build();

        assertEquals(Role.ADMIN, IdTokenClaims.identity(claims, ISSUER, CLIENT, NONCE, "roles", NOW).role());
    }

    @Test
    void withoutPreferredUsernameTheEmailIsTheUsername() throws Exception {
        JsonObject claims = valid().remove("preferred_username").add("groups", "agent").build();

        assertEquals("jane@example.test", IdTokenClaims.identity(claims, ISSUER, CLIENT, NONCE, "groups", NOW).username());
    }

    @Test
    void noKnownGroupIsRefusedAsSuch() {
        OidcException refused = assertThrows(OidcException.class,
                () -> identity(valid().add("groups", Json.createArrayBuilder().add("guests"))));
        assertEquals(OidcException.Reason.NO_ROLE, refused.reason());
        assertEquals(Optional.empty(), IdTokenClaims.role(List.of()));
    }

    @Test
    void anotherIssuerAudienceNonceOrAnExpiredTokenIsRefused() {
        for (JsonObjectBuilder wrong : List.of(
                valid().add("iss", "https://evil.example.test/realm"),
                valid().add("aud", "another-client"),
                valid().add("aud", Json.createArrayBuilder().add(CLIENT).add("another-client")),
                valid().add("nonce", "replayed"),
                valid().add("exp", NOW.minusSeconds(61).getEpochSecond()),
                valid().remove("exp"))) {
            OidcException refused = assertThrows(OidcException.class, () -> identity(wrong.add("groups", "agent")));
            assertEquals(OidcException.Reason.FAILED, refused.reason());
        }
    }

    @Test
    void aSecondAudienceIsAcceptedWhenWeAreTheAuthorizedParty() throws Exception {
        JsonObjectBuilder claims = valid().add("aud", Json.createArrayBuilder().add(CLIENT).add("api"))
                .add("azp", CLIENT).add("groups", "agent");

        assertEquals(Role.AGENT, identity(claims).role());
    }

    private static SingleSignOnIdentity identity(JsonObjectBuilder claims) throws OidcException {
        return IdTokenClaims.identity(claims.build(), ISSUER, CLIENT, NONCE, "groups", NOW);
    }

    private static JsonObjectBuilder valid() {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", "0a1b2c")
                .add("aud", CLIENT)
                .add("exp", NOW.plusSeconds(300).getEpochSecond())
                .add("iat", NOW.getEpochSecond())
                .add("nonce", NONCE)
                .add("preferred_username", "jane")
                .add("email", "jane@example.test")
                .add("name", "Jane Doe");
    }
}
