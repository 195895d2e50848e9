package io.livechat.it.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.FromAddress;
import io.livechat.it.support.Race;
import io.livechat.it.support.TestOidcProvider;
import io.livechat.it.support.Tokens;
import io.livechat.it.whatsapp.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API's callers prove who they are with bearer tokens: the server's own JWTs, an external
 * identity provider's JWTs, and bot tokens. Everything else is refused with 401 or 403.
 */
class AuthenticationIT extends ClientIT {


    @Test
    void tradesAPasswordForATokenThatTheApiAccepts() {
        ApiResponse token = fixture.anonymous().post("api/v1/auth/token",
                Json.createObjectBuilder().add("username", "alice").add("password", Fixture.DEMO_PASSWORD).build());
        assertEquals(200, token.status(), token::toString);
        assertEquals("Bearer", token.object().getString("token_type"));
        assertTrue(token.object().getJsonNumber("expires_in").longValue() > 0);

        ApiResponse me = fixture.anonymous().as(token.object().getString("access_token")).get("api/v1/agents/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("alice", me.object().getString("username"));
        assertEquals("AGENT", me.object().getString("role"));
    }

    @Test
    void aDisabledPersonsTokenStopsWorkingAtOnce() {
        String username = fixture.person("leaver", "AGENT");
        Api leaver = fixture.as(username);
        assertEquals(200, leaver.get("api/v1/agents/me").status());

        Database.execute("UPDATE user_account SET enabled = FALSE WHERE username = '" + username + "'");

        ApiResponse refused = leaver.get("api/v1/agents/me");
        assertEquals(401, refused.status(), refused::toString);
        assertEquals("account-disabled", refused.problemType());
    }

    @Test
    void aDemotedAdminsTokenLosesTheAdminRoleAtOnce() {
        long otherBot = fixture.bot("Never theirs");
        String username = fixture.person("exadmin", "ADMIN");
        Api exadmin = fixture.as(username);
        assertEquals(200, exadmin.get("api/v1/bots/" + otherBot + "/widget").status(), "an admin reads every bot's widget");

        Database.execute("UPDATE user_account SET role = 'AGENT' WHERE username = '" + username + "'");

        assertEquals("AGENT", exadmin.get("api/v1/agents/me").object().getString("role"));
        assertForbidden(exadmin.get("api/v1/bots/" + otherBot + "/widget"), "another bot's widget secret");
        assertForbidden(exadmin.post("api/v1/bots/" + otherBot + "/tokens",
                Json.createObjectBuilder().add("label", "mine now").build()), "a bot token");
        assertForbidden(exadmin.post("api/v1/users", Json.createObjectBuilder().add("username", "backdoor-" + Fixture.unique())
                .add("displayName", "Backdoor").add("role", "ADMIN").add("password", Fixture.PASSWORD).build()), "a new admin");
        assertForbidden(exadmin.put("api/v1/bots/" + otherBot + "/members/" + username, null), "membership of a bot");
        ApiResponse bots = exadmin.get("api/v1/agents/me/bots");
        assertTrue(bots.array().stream().noneMatch(bot -> bot.asJsonObject().getJsonNumber("id").longValue() == otherBot),
                bots::toString);
    }

    @Test
    void aPersonRemovedFromABotLosesItAtTheNextRequest() {
        long botId = fixture.bot("Team");
        String username = fixture.person("mover", "AGENT", botId);
        Api mover = fixture.as(username);
        assertEquals(200, mover.get("api/v1/bots/" + botId + "/handovers?state=PENDING").status());

        ApiResponse removed = fixture.admin().delete("api/v1/bots/" + botId + "/members/" + username);
        assertEquals(204, removed.status(), removed::toString);

        assertForbidden(mover.get("api/v1/bots/" + botId + "/handovers?state=PENDING"), "the bot's handovers");
    }

    @Test
    void anAccountWaitsAfterFiveWrongPasswordsInARowThenSignsInAgain() throws InterruptedException {
        String username = fixture.person("guessed", "AGENT");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, tokenAnswer(username, "wrong-" + i).status());
        }
        ApiResponse blocked = tokenAnswer(username, Fixture.PASSWORD);
        assertEquals(429, blocked.status(), () -> "even the right password waits: " + blocked);
        assertEquals("rate-limited", blocked.problemType());
        long wait = Long.parseLong(blocked.header("Retry-After").orElseThrow());
        // The test server's livechat.login.backoff.first is PT2S.
        assertTrue(wait >= 1 && wait <= 2, blocked::toString);

        Thread.sleep(wait * 1000 + 200);
        assertEquals(200, tokenAnswer(username, Fixture.PASSWORD).status(), "after the wait the right password works");
        assertEquals(401, tokenAnswer(username, "wrong-again").status(), "and the count started over");
    }

    @Test
    void anAddressWithTooManyWrongPasswordsWaitsWhileOtherAddressesDoNot() {
        URI token = Api.at(base).uri("api/v1/auth/token");
        for (int i = 0; i < 20; i++) {
            assertEquals(401, FromAddress.post("127.0.0.2", token, Map.of(), credentials("nobody-" + i, "guess")).status());
        }
        FromAddress.Answer refused = FromAddress.post("127.0.0.2", token, Map.of(), credentials("alice", Fixture.DEMO_PASSWORD));
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.headers().containsKey("retry-after"), refused::toString);
        assertTrue(refused.body().contains("urn:livechat:problem:rate-limited"), refused::toString);

        assertEquals(200, tokenAnswer("alice", Fixture.DEMO_PASSWORD).status(), "another address signs in");
    }

    private ApiResponse tokenAnswer(String username, String password) {
        return fixture.anonymous().post("api/v1/auth/token", Json.createObjectBuilder()
                .add("username", username).add("password", password).build());
    }

    private static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    @Test
    void refusesAWrongPasswordWithAProblem() {
        ApiResponse token = fixture.anonymous().post("api/v1/auth/token",
                Json.createObjectBuilder().add("username", "alice").add("password", "not-her-password").build());
        assertEquals(401, token.status(), token::toString);
        assertEquals("application/problem+json", token.contentType());
        assertEquals("invalid-credentials", token.problemType());
    }

    @Test
    void refusesACallWithoutTokenAndSaysHowToGetOne() {
        ApiResponse response = fixture.anonymous().get("api/v1/agents/me");
        assertEquals(401, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
        assertTrue(response.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("missing-token", response.problemType());
    }

    @Test
    void refusesATamperedToken() {
        String token = fixture.token("alice", Fixture.DEMO_PASSWORD);
        String[] parts = token.split("\\.");
        JsonObject forged = Tokens.claims("urn:livechat", "admin", "ADMIN").build();
        String tampered = parts[0] + "." + Tokens.encode(forged.toString()) + "." + parts[2];
        assertInvalidToken(tampered);
    }

    @Test
    void acceptsTheConfiguredIdentityProvidersTokens() {
        String token = Tokens.sign(Tokens.claims(TestOidcProvider.issuer(), "bob", "AGENT").build(),
                TestOidcProvider.privateKey());
        ApiResponse me = fixture.anonymous().as(token).get("api/v1/agents/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("bob", me.object().getString("username"));
    }

    @Test
    void theProvidersTokenOfAPersonNeverSeenCreatesTheirAccountWithTheRoleOfAFullPathGroup() {
        String username = "newcomer-" + Fixture.unique();
        Api newcomer = fixture.anonymous().as(TestOidcProvider.accessToken(person(username, "/staff", "/org/Admin")));

        ApiResponse me = newcomer.get("api/v1/agents/me");

        assertEquals(200, me.status(), me::toString);
        assertEquals(username, me.object().getString("username"));
        assertEquals("ADMIN", me.object().getString("role"), "the last segment of /org/Admin names the role");
        assertEquals("New Comer", me.object().getString("displayName"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM user_account WHERE username = ? AND email = ?"
                + " AND password_hash IS NULL", username, username + "@example.test"));
        assertEquals(201, newcomer.post("api/v1/bots", Json.createObjectBuilder().add("name", "Theirs").build()).status(),
                "an administrator's call, not only a look at themselves");
    }

    @Test
    void twoFirstCallsAtOnceCreateOneAccount() throws Exception {
        String username = "racer-" + Fixture.unique();
        Api racer = fixture.anonymous().as(TestOidcProvider.accessToken(person(username, "/AGENT")));

        List<ApiResponse> answers = Race.together(List.of(() -> racer.get("api/v1/agents/me"),
                () -> racer.get("api/v1/agents/me"), () -> racer.get("api/v1/agents/me")));

        for (ApiResponse answer : answers) {
            assertEquals(200, answer.status(), answer::toString);
            assertEquals("AGENT", answer.object().getString("role"));
        }
        assertEquals(1, Database.count("SELECT COUNT(*) FROM user_account WHERE username = ?", username));
    }

    @Test
    void afterTheProviderRotatesItsKeyItsNewTokensAreAcceptedAtOnce() {
        String before = TestOidcProvider.accessToken(person("bob", "AGENT"));
        assertEquals(200, fixture.anonymous().as(before).get("api/v1/agents/me").status());
        String retiredKey = TestOidcProvider.keyId();

        TestOidcProvider.rotateKeys();
        String after = TestOidcProvider.accessToken(person("bob", "AGENT"));

        assertNotEquals(retiredKey, TestOidcProvider.keyId());
        ApiResponse me = fixture.anonymous().as(after).get("api/v1/agents/me");
        assertEquals(200, me.status(), () -> "the new key is read from the provider's JWKS: " + me);
        assertEquals("bob", me.object().getString("username"));
        assertInvalidToken(before);
    }

    /** The claims a directory gives the provider's access token for a person (Keycloak's, with groups). */
    private static Map<String, Object> person(String username, String... groups) {
        return Map.of("preferred_username", username, "email", username + "@example.test", "name", "New Comer",
                "groups", List.of(groups));
    }

    @Test
    void anIdentityProvidersTokenSpeaksForExactlyItsUsername() {
        String token = Tokens.sign(Tokens.claims(TestOidcProvider.issuer(), "ADMIN", "AGENT").build(),
                TestOidcProvider.privateKey());
        ApiResponse me = fixture.anonymous().as(token).get("api/v1/agents/me");
        assertEquals(403, me.status(), () -> "'ADMIN' is not the account 'admin': " + me);
        assertForbidden(fixture.anonymous().as(token).get("api/v1/bots/1/widget"), "an admin's widget secret");
    }

    @Test
    void refusesAnExpiredToken() {
        long past = Instant.now().minusSeconds(7200).getEpochSecond();
        JsonObject claims = Tokens.claims(TestOidcProvider.issuer(), "bob", "AGENT")
                .add("iat", past - 3600).add("exp", past).build();
        assertInvalidToken(Tokens.sign(claims, TestOidcProvider.privateKey()));
    }

    @Test
    void refusesATokenOfAForeignIssuer() {
        JsonObject claims = Tokens.claims("https://idp.elsewhere.example", "bob", "AGENT").build();
        assertInvalidToken(Tokens.sign(claims, TestOidcProvider.privateKey()));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JsonObject claims = Tokens.claims(TestOidcProvider.issuer(), "bob", "AGENT").build();
        assertInvalidToken(Tokens.sign(claims, generator.generateKeyPair().getPrivate()));
    }

    @Test
    void refusesAnUnsignedToken() {
        assertInvalidToken(Tokens.unsigned(Tokens.claims(TestOidcProvider.issuer(), "admin", "ADMIN").build()));
    }

    @Test
    void refusesACallerWhoseRoleDoesNotAllowIt() {
        Api agent = fixture.anonymous().as(fixture.token("alice", Fixture.DEMO_PASSWORD));
        ApiResponse response = agent.post("api/v1/bots", Json.createObjectBuilder().add("name", "Not hers").build());
        assertEquals(403, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
    }

    @Test
    void refusesAPersonOutsideTheBot() {
        long bot = fixture.bot("Outsiders");
        Api outsider = fixture.as(fixture.person("outsider", "AGENT"));
        ApiResponse response = outsider.get("api/v1/bots/" + bot + "/handovers");
        assertEquals(403, response.status(), response::toString);
        assertEquals("access-denied", response.problemType());
    }

    @Test
    void letsABotTokenHandOverForItsOwnBotOnly() {
        long bot = fixture.bot("Engine");
        long otherBot = fixture.bot("Other engine");
        String token = fixture.botToken(bot);
        assertTrue(token.startsWith("lcb_"));

        ApiResponse created = fixture.anonymous().as(token).post("api/v1/handovers", Fixture.handoverRequest(bot, "v-1"));
        assertEquals(201, created.status(), created::toString);
        ApiResponse foreign = fixture.anonymous().as(token).post("api/v1/handovers", Fixture.handoverRequest(otherBot, "v-2"));
        assertEquals(403, foreign.status(), foreign::toString);
        ApiResponse agentsOnly = fixture.anonymous().as(token).put("api/v1/agents/me/presence",
                Json.createObjectBuilder().add("presence", "ONLINE").build());
        assertEquals(403, agentsOnly.status(), agentsOnly::toString);
    }

    @Test
    void refusesAnUnknownBotToken() {
        assertInvalidToken("lcb_thisTokenWasNeverIssued");
    }

    private static void assertForbidden(ApiResponse response, String what) {
        assertEquals(403, response.status(), () -> what + ": " + response);
    }

    private void assertInvalidToken(String token) {
        ApiResponse response = fixture.anonymous().as(token).get("api/v1/agents/me");
        assertEquals(401, response.status(), response::toString);
        assertEquals("application/problem+json", response.contentType());
        assertEquals("invalid-token", response.problemType());
    }
}
