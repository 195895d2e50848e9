package io.livechat.it.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.OpenApiDocument;
import io.livechat.it.support.TestOidcProvider;
import io.livechat.it.support.Tokens;
import io.livechat.it.whatsapp.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called by every kind of caller: nobody, broken tokens
 * (malformed, expired, of a foreign issuer, unsigned), a disabled person, a widget visitor's session
 * token, the people of the bot (agent, manager), an agent of another bot, a demoted admin, the admin,
 * and the bot tokens of the bot and of another bot. Who may not call it is refused (401 without a
 * valid identity, 403 or 404 with one); who may gets past authorization (anything but 401 and 403);
 * nobody gets a 5xx. An operation the document has and this table lacks fails the test.
 */
class AuthorizationMatrixIT extends ClientIT {

    /** Who gets past authorization for an operation of the bot under test. */
    private enum Audience {
        /** Anyone, even without a token. */
        PUBLIC(Set.of("nobody", "admin", "manager", "agent", "stranger", "demoted", "engine", "other engine")),
        ADMIN(Set.of("admin")),
        /** Any signed-in person, whatever their bots. */
        PERSON(Set.of("admin", "manager", "agent", "stranger", "demoted")),
        /** The people who may see the bot. */
        MEMBER(Set.of("admin", "manager", "agent")),
        /** The people who may see the bot and the bot's own engine. */
        MEMBER_OR_ENGINE(Set.of("admin", "manager", "agent", "engine")),
        /** The bot's own people, who take its handovers (admins only watch). */
        AGENT_OF_BOT(Set.of("manager", "agent")),
        /**
         * Who may give back or close any of the bot's handovers: its managers and admins (and its
         * assignee, whom HandoverLifecycleIT covers; here an admin has given it back before the agent asks).
         */
        SUPERVISOR(Set.of("admin", "manager")),
        /** Those who hand conversations over: the bot's engine, its managers, admins. */
        SUPERVISOR_OR_ENGINE(Set.of("admin", "manager", "engine"));

        final Set<String> allowed;

        Audience(Set<String> allowed) {
            this.allowed = allowed;
        }
    }

    private static final Map<String, Audience> AUDIENCE = new LinkedHashMap<>();

    /** A file token that names no file. */
    private static final String NO_FILE = "0".repeat(64);

    static {
        AUDIENCE.put("post /api/v1/auth/token", Audience.PUBLIC);
        AUDIENCE.put("post /api/v1/users", Audience.ADMIN);
        AUDIENCE.put("post /api/v1/bots", Audience.ADMIN);
        AUDIENCE.put("put /api/v1/bots/{botId}/members/{username}", Audience.ADMIN);
        AUDIENCE.put("delete /api/v1/bots/{botId}/members/{username}", Audience.ADMIN);
        AUDIENCE.put("post /api/v1/bots/{botId}/tokens", Audience.ADMIN);
        AUDIENCE.put("get /api/v1/bots/{botId}/handovers", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("get /api/v1/bots/{botId}/flow", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("put /api/v1/bots/{botId}/flow", Audience.ADMIN);
        AUDIENCE.put("post /api/v1/handovers", Audience.SUPERVISOR_OR_ENGINE);
        AUDIENCE.put("get /api/v1/handovers/{id}", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("post /api/v1/handovers/{id}/assignment", Audience.AGENT_OF_BOT);
        AUDIENCE.put("delete /api/v1/handovers/{id}/assignment", Audience.SUPERVISOR);
        AUDIENCE.put("post /api/v1/handovers/{id}/resolution", Audience.SUPERVISOR);
        AUDIENCE.put("get /api/v1/handovers/{id}/audit", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("get /api/v1/conversations/{id}/messages", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("post /api/v1/conversations/{id}/messages", Audience.MEMBER);
        AUDIENCE.put("get /api/v1/conversations/{id}/contact", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("get /api/v1/conversations/{id}/contact/notes", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("post /api/v1/conversations/{id}/contact/notes", Audience.MEMBER);
        AUDIENCE.put("get /api/v1/conversations/{id}/tags", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("put /api/v1/conversations/{id}/tags/{tag}", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("delete /api/v1/conversations/{id}/tags/{tag}", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("get /api/v1/bots/{botId}/tags", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("get /api/v1/agents/me", Audience.PERSON);
        AUDIENCE.put("put /api/v1/agents/me/presence", Audience.PERSON);
        AUDIENCE.put("get /api/v1/agents/me/bots", Audience.PERSON);
        AUDIENCE.put("get /api/v1/bots/{botId}/widget", Audience.ADMIN);
        AUDIENCE.put("put /api/v1/bots/{botId}/widget", Audience.ADMIN);
        AUDIENCE.put("post /api/v1/conversations/{id}/typing", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("put /api/v1/bots/{botId}/whatsapp", Audience.ADMIN);
        AUDIENCE.put("get /api/v1/bots/{botId}/whatsapp", Audience.ADMIN);
        AUDIENCE.put("get /api/v1/bots/{botId}/whatsapp/parked", Audience.ADMIN);
        AUDIENCE.put("get /api/v1/whatsapp/messages/{messageId}/media", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("post /api/v1/conversations/{id}/files", Audience.MEMBER);
        AUDIENCE.put("get /api/v1/files/{token}", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("get /api/v1/bots/{botId}/files", Audience.MEMBER_OR_ENGINE);
        AUDIENCE.put("put /api/v1/bots/{botId}/files", Audience.ADMIN);
        AUDIENCE.put("post /api/v1/conversations/{id}/calls", Audience.MEMBER);
        AUDIENCE.put("get /api/v1/calls/{id}", Audience.MEMBER);
        AUDIENCE.put("post /api/v1/calls/{id}/end", Audience.MEMBER);
        AUDIENCE.put("post /api/v1/calls/{id}/signals", Audience.MEMBER);
        AUDIENCE.put("get /api/v1/bots/{botId}/calls", Audience.ADMIN);
        AUDIENCE.put("put /api/v1/bots/{botId}/calls", Audience.ADMIN);
        AUDIENCE.put("get /api/v1/bots/{botId}/unread", Audience.MEMBER);
        AUDIENCE.put("put /api/v1/bots/{botId}/conversations/{id}/read", Audience.MEMBER);
        AUDIENCE.put("get /api/v1/bots/{botId}/team", Audience.SUPERVISOR);
        AUDIENCE.put("get /api/v1/reports/handovers", Audience.SUPERVISOR);
        AUDIENCE.put("get /api/v1/bots/{botId}/wait-alert", Audience.SUPERVISOR);
        AUDIENCE.put("put /api/v1/bots/{botId}/wait-alert", Audience.ADMIN);
        AUDIENCE.put("post /api/v1/handovers/{id}/transfer", Audience.MEMBER);
        AUDIENCE.put("post /api/v1/handovers/{id}/reassignment", Audience.SUPERVISOR);
        AUDIENCE.put("get /api/v1/bots/{botId}/routing", Audience.MEMBER);
        AUDIENCE.put("put /api/v1/bots/{botId}/routing", Audience.ADMIN);
        AUDIENCE.put("put /api/v1/bots/{botId}/routing/agents/{username}", Audience.ADMIN);
        AUDIENCE.put("get /api/v1/bots/{botId}/canned-responses", Audience.MEMBER);
        AUDIENCE.put("post /api/v1/bots/{botId}/canned-responses", Audience.SUPERVISOR);
        AUDIENCE.put("put /api/v1/bots/{botId}/canned-responses/{cannedId}", Audience.SUPERVISOR);
        AUDIENCE.put("delete /api/v1/bots/{botId}/canned-responses/{cannedId}", Audience.SUPERVISOR);
        AUDIENCE.put("post /api/v1/conversations/{id}/private-notes", Audience.MEMBER);
    }

    /** Callers without a valid identity: 401 everywhere, the public token endpoint too (a bad token is refused). */
    private static final Set<String> UNAUTHENTICATED = Set.of("malformed", "expired", "foreign issuer", "unsigned",
            "disabled", "widget visitor");

    @Test
    void everyOperationAnswersEveryCallerAsItsAudienceSays() {
        TreeSet<String> documented = OpenApiDocument.operations();
        assertEquals(documented, new TreeSet<>(AUDIENCE.keySet()), "every documented operation has a row, and only those");

        long bot = fixture.bot("Matrix");
        long other = fixture.bot("Elsewhere");
        String engineToken = fixture.botToken(bot);
        JsonObject handover = fixture.handover(bot, engineToken);
        long handoverId = handover.getJsonNumber("id").longValue();
        long conversation = handover.getJsonNumber("conversationId").longValue();
        long message = fixture.admin().get("api/v1/conversations/" + conversation + "/messages").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Ids ids = new Ids(bot, handoverId, conversation, message, NO_FILE, fixture.person("joiner", "AGENT"));

        Map<String, Api> callers = callers(bot, other, engineToken);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Audience> row : AUDIENCE.entrySet()) {
            String verb = row.getKey().split(" ")[0];
            String path = ids.fill(row.getKey().split(" ")[1].substring(1));
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                ApiResponse answer = call(caller.getValue(), verb, path, bot);
                String who = caller.getKey();
                boolean unauthenticated = UNAUTHENTICATED.contains(who) || who.equals("nobody") && row.getValue() != Audience.PUBLIC;
                boolean ok;
                if (answer.status() >= 500) {
                    ok = false;
                } else if (unauthenticated) {
                    ok = answer.status() == 401;
                } else if (row.getValue().allowed.contains(who)) {
                    ok = answer.status() != 401 && answer.status() != 403;
                } else {
                    ok = answer.status() == 403 || answer.status() == 404;
                }
                if (!ok) {
                    wrong.add(row.getKey() + " as " + who + ": " + answer.status() + " " + answer.body());
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " answers break the matrix:\n" + String.join("\n", wrong));
    }

    /**
     * Whoever may not see a bot learns nothing of which ids exist in it: every operation that names a
     * bot or a record in its path answers an outsider the same for a real id of that bot as for an id
     * that exists nowhere (the same status and problem, numbers aside).
     */
    @Test
    void idsOfABotTheCallerMayNotSeeAreAnsweredAsIdsThatExistNowhere() {
        long hidden = fixture.bot("Hidden");
        JsonObject handover = fixture.handover(hidden, fixture.botToken(hidden));
        long conversation = handover.getJsonNumber("conversationId").longValue();
        long message = fixture.admin().get("api/v1/conversations/" + conversation + "/messages").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        String file = io.livechat.it.whatsapp.GraphApi.sha256(Fixture.unique().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Database.execute("INSERT INTO attachment (token, message_id, kind, media_id, mime_type, size, sha256)"
                + " VALUES ('" + file + "', " + message + ", 'document', 'hidden-media', 'application/pdf', 1, REPEAT('0', 64))");
        String member = fixture.person("joiner", "AGENT");
        Ids real = new Ids(hidden, handover.getJsonNumber("id").longValue(), conversation, message, file, member);
        long nowhere = 999_999_999L;
        Ids missing = new Ids(nowhere, nowhere, nowhere, nowhere, NO_FILE, member);

        long own = fixture.bot("Own");
        Map<String, Api> outsiders = new LinkedHashMap<>();
        Api agent = fixture.as(fixture.person("outsider", "AGENT", own));
        Fixture.goOnline(agent);
        outsiders.put("agent of another bot", agent);
        outsiders.put("manager of another bot", fixture.as(fixture.person("outsider", "MANAGER", own)));
        outsiders.put("engine of another bot", fixture.anonymous().as(fixture.botToken(own)));

        List<String> wrong = new ArrayList<>();
        for (String operation : OpenApiDocument.operations()) {
            String verb = operation.split(" ")[0];
            String template = operation.split(" ")[1].substring(1);
            if (!template.contains("{")) {
                continue;
            }
            for (Map.Entry<String, Api> outsider : outsiders.entrySet()) {
                ApiResponse toReal = call(outsider.getValue(), verb, real.fill(template), hidden);
                ApiResponse toNowhere = call(outsider.getValue(), verb, missing.fill(template), nowhere);
                if (toReal.status() != toNowhere.status() || !numbersAside(toReal).equals(numbersAside(toNowhere))) {
                    wrong.add(operation + " as " + outsider.getKey() + ": " + toReal.status() + " " + toReal.body()
                            + " for a real id, " + toNowhere.status() + " " + toNowhere.body() + " for none");
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " answers tell real ids apart:\n" + String.join("\n", wrong));
    }

    private static String numbersAside(ApiResponse answer) {
        return answer.body().replaceAll("\\d+", "N");
    }

    /** The ids that fill an operation's path: a bot's, and records of it. */
    private record Ids(long bot, long handover, long conversation, long message, String file, String username) {

        String fill(String template) {
            String id = template.contains("/handovers/") ? String.valueOf(handover) : String.valueOf(conversation);
            return template.replace("{botId}", String.valueOf(bot))
                    .replace("{token}", file)
                    .replace("{username}", username)
                    .replace("{messageId}", String.valueOf(message))
                    .replace("{tag}", "matrix")
                    .replace("{cannedId}", "999999998")
                    .replace("{id}", id);
        }
    }

    private Map<String, Api> callers(long bot, long other, String engineToken) {
        Api anonymous = fixture.anonymous();
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("nobody", anonymous);
        callers.put("malformed", anonymous.as("not.a.token"));
        long past = Instant.now().minusSeconds(7200).getEpochSecond();
        callers.put("expired", anonymous.as(Tokens.sign(Tokens.claims(TestOidcProvider.issuer(), "admin", "ADMIN")
                .add("iat", past - 3600).add("exp", past).build(), TestOidcProvider.privateKey())));
        callers.put("foreign issuer", anonymous.as(Tokens.sign(Tokens.claims("https://idp.elsewhere.example", "admin", "ADMIN")
                .build(), TestOidcProvider.privateKey())));
        callers.put("unsigned", anonymous.as(Tokens.unsigned(Tokens.claims("urn:livechat", "admin", "ADMIN").build())));
        String disabled = fixture.person("disabled", "AGENT", bot);
        Api disabledApi = fixture.as(disabled);
        Database.execute("UPDATE user_account SET enabled = FALSE WHERE username = '" + disabled + "'");
        callers.put("disabled", disabledApi);
        callers.put("widget visitor", anonymous.as("a-widget-session-token-is-no-api-token"));
        callers.put("admin", fixture.admin());
        callers.put("manager", fixture.as(fixture.person("manager", "MANAGER", bot)));
        Api agent = fixture.as(fixture.person("agent", "AGENT", bot));
        Fixture.goOnline(agent);
        callers.put("agent", agent);
        callers.put("stranger", fixture.as(fixture.person("stranger", "AGENT", other)));
        String demoted = fixture.person("demoted", "ADMIN");
        Api demotedApi = fixture.as(demoted);
        Database.execute("UPDATE user_account SET role = 'AGENT' WHERE username = '" + demoted + "'");
        callers.put("demoted", demotedApi);
        callers.put("engine", anonymous.as(engineToken));
        callers.put("other engine", anonymous.as(fixture.botToken(other)));
        return callers;
    }

    /** The call with a body that fits the operation, for the bot under test. */
    private static ApiResponse call(Api caller, String verb, String path, long bot) {
        JsonObject body = switch (path.replaceAll("/\\d+", "/N")) {
            case "api/v1/handovers" -> Fixture.handoverRequest(bot, "v-matrix-" + Fixture.unique());
            case "api/v1/agents/me/presence" -> Json.createObjectBuilder().add("presence", "ONLINE").build();
            case "api/v1/conversations/N/messages", "api/v1/conversations/N/contact/notes",
                 "api/v1/conversations/N/private-notes" ->
                    Json.createObjectBuilder().add("text", "From the matrix").build();
            case "api/v1/conversations/N/calls" -> Json.createObjectBuilder().add("kind", "AUDIO").build();
            case "api/v1/handovers/N/transfer", "api/v1/handovers/N/reassignment" ->
                    Json.createObjectBuilder().add("to", "matrix-nobody").build();
            default -> Json.createObjectBuilder().build();
        };
        return switch (verb) {
            // The report names its bot in the query: a manager of another bot is refused for it.
            case "get" -> caller.get(path.equals("api/v1/reports/handovers") ? path + "?bot=" + bot : path);
            case "delete" -> caller.delete(path);
            case "put" -> caller.put(path, body);
            case "post" -> path.endsWith("/files") ? caller.postBytes(path + "?fileName=a.pdf", "application/pdf",
                    "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) : caller.post(path, body);
            default -> throw new IllegalArgumentException(verb);
        };
    }
}
