package io.livechat.it.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What agents see and keep about the user of a conversation: profile, notes and tags. */
class ContactDetailsIT extends ClientIT {

    private long bot;
    private Api agent;
    private String agentName;
    private long conversation;
    private String visitor;

    @BeforeEach
    void setUp() {
        bot = fixture.bot("Contact details");
        agentName = fixture.person("agent", "AGENT", bot);
        agent = fixture.as(agentName);
        visitor = "visitor-" + Fixture.unique();
        ApiResponse handover = fixture.anonymous().as(fixture.botToken(bot))
                .post("api/v1/handovers", Fixture.handoverRequest(bot, visitor));
        assertEquals(201, handover.status(), handover::toString);
        conversation = handover.object().getJsonNumber("conversationId").longValue();
    }

    @Test
    void theProfileShowsWhoTheUserIsAndOnWhichChannel() {
        ApiResponse profile = agent.get(contact());
        assertEquals(200, profile.status(), profile::toString);
        JsonObject contact = profile.object();
        assertEquals("Visitor " + visitor, contact.getString("name"));
        assertEquals("WEB", contact.getString("channel"));
        assertEquals(visitor, contact.getString("externalId"));
    }

    @Test
    void notesAreKeptWithAuthorAndTimeNewestFirst() {
        assertEquals(201, agent.post(notes(), note("Prefers email over phone")).status());
        ApiResponse second = agent.post(notes(), note("  Refund promised for order 1042  "));
        assertEquals(201, second.status(), second::toString);
        assertEquals("Refund promised for order 1042", second.object().getString("text"));

        List<JsonObject> kept = agent.get(notes()).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("Refund promised for order 1042", "Prefers email over phone"),
                kept.stream().map(n -> n.getString("text")).toList());
        assertTrue(kept.get(0).getString("author").endsWith(agentName), kept::toString);
        assertTrue(kept.get(0).containsKey("createdAt"));
        assertEquals(2, fixture.admin().get(notes()).array().size(), "admins see the notes too");
    }

    @Test
    void aBlankOrTooLongNoteIsRefusedAndLosesNothing() {
        assertEquals(201, agent.post(notes(), note("Kept")).status());
        ApiResponse blank = agent.post(notes(), note("   "));
        assertEquals(422, blank.status(), blank::toString);
        assertEquals("application/problem+json", blank.contentType());
        ApiResponse tooLong = agent.post(notes(), note("x".repeat(4001)));
        assertEquals(422, tooLong.status(), tooLong::toString);
        assertEquals(1, agent.get(notes()).array().size());
    }

    @Test
    void tagsAreNormalizedIdempotentAndSuggestedForTheBot() {
        assertEquals(List.of("refund"), strings(agent.put(tag("Refund%20"), null)));
        assertEquals(List.of("refund"), strings(agent.put(tag("refund"), null)), "adding it again changes nothing");
        assertEquals(List.of("refund", "vip customer"), strings(agent.put(tag("VIP%20%20customer"), null)));
        assertEquals(List.of("refund", "vip customer"), strings(agent.get("api/v1/conversations/" + conversation + "/tags")));

        assertEquals(List.of("refund"), strings(agent.get("api/v1/bots/" + bot + "/tags?prefix=RE")));
        assertEquals(List.of("vip customer"), strings(agent.delete(tag("refund"))));
        assertEquals(List.of("vip customer"), strings(agent.delete(tag("refund"))), "removing it again changes nothing");
        assertEquals(List.of(), strings(agent.get("api/v1/bots/" + bot + "/tags?prefix=re")));
    }

    @Test
    void tagsThatDifferOnlyByAnAccentAreTwoTags() {
        assertEquals(List.of("cafe"), strings(agent.put(tag("cafe"), null)));
        ApiResponse twin = agent.put(tag("caf%C3%A9"), null);
        assertEquals(200, twin.status(), twin::toString);
        assertEquals(List.of("cafe", "café"), strings(twin));
    }

    @Test
    void aTooLongTagIsRefused() {
        ApiResponse refused = agent.put(tag("x".repeat(61)), null);
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
    }

    @Test
    void anAgentOfAnotherBotSeesNothingOfTheContact() {
        long otherBot = fixture.bot("Other");
        Api stranger = fixture.as(fixture.person("stranger", "AGENT", otherBot));
        // Another bot's conversation is answered as one that does not exist; its bot is refused.
        assertEquals(404, stranger.get(contact()).status());
        assertEquals(404, stranger.get(notes()).status());
        assertEquals(404, stranger.post(notes(), note("Not mine")).status());
        assertEquals(404, stranger.put(tag("mine"), null).status());
        assertEquals(403, stranger.get("api/v1/bots/" + bot + "/tags").status());
        assertEquals(0, agent.get(notes()).array().size(), "the refused note was not kept");
        assertEquals(401, fixture.anonymous().get(notes()).status());
    }

    private String contact() {
        return "api/v1/conversations/" + conversation + "/contact";
    }

    private String notes() {
        return contact() + "/notes";
    }

    private String tag(String tag) {
        return "api/v1/conversations/" + conversation + "/tags/" + tag;
    }

    private static JsonObject note(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }

    private static List<String> strings(ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        return response.array().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
