package io.livechat.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.contact.boundary.ContactIdentity;
import io.livechat.conversation.boundary.InboundMessage;
import io.livechat.conversation.boundary.Inbox;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.Channel;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Deployments;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.HandoverPaths;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bot's workflow end to end: admins import a flow over REST, users write through the
 * {@link Inbox} (as the widget and WhatsApp will; no channel is needed for that), and the transcript
 * and the handovers show what the bot did. Runs inside the server beside the real application, so
 * it can hand messages to the Inbox; everything else goes over HTTP as clients call it.
 */
@ExtendWith(ArquillianExtension.class)
class FlowIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(Fixture.class, Api.class, ApiResponse.class, HandoverPaths.class);
    }

    @ArquillianResource
    private URL base;

    private Fixture fixture;
    private long bot;

    @BeforeEach
    void bot() {
        fixture = Fixture.at(base);
        bot = fixture.bot("Flow");
    }

    @Test
    void aBotWithoutAFlowRunsTheDefaultFlowAndMembersMayReadIt() {
        Api agent = fixture.as(fixture.person("reader", "AGENT", bot));

        ApiResponse exported = agent.get(flow());

        assertEquals(200, exported.status(), exported::toString);
        assertEquals(0, exported.object().getInt("version"));
        assertEquals("\"0\"", exported.header("ETag").orElseThrow());
        long conversation = say("visitor-" + Fixture.unique(), "hello", null);
        List<JsonObject> transcript = transcript(conversation);
        JsonObject menu = transcript.get(transcript.size() - 1);
        assertEquals("How can I help?", menu.getString("text"));
        assertTrue(menu.getJsonArray("choices").stream()
                .anyMatch(choice -> choice.asJsonObject().getString("title").equals("Talk to an agent")));
    }

    @Test
    void anInvalidFlowIsRefusedNamingTheBadStepAndNothingIsStored() {
        JsonObject broken = supportFlow("thank-you-typo");

        ApiResponse refused = fixture.admin().put(flow(), broken);

        assertEquals(422, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("invalid-flow", refused.problemType());
        assertEquals("ask-email", refused.object().getString("step"));
        assertTrue(refused.object().getString("detail").contains("ask-email"), refused::toString);
        assertEquals(0, fixture.admin().get(flow()).object().getInt("version"), "nothing is stored");

        ApiResponse blankTitle = fixture.admin().put(flow(), supportFlow("ask-order", " "));
        assertEquals(422, blankTitle.status(), blankTitle::toString);
        assertEquals("menu", blankTitle.object().getString("step"), "Bean Validation problems name the step too");
        assertEquals(0, fixture.admin().get(flow()).object().getInt("version"), "nothing is stored");
    }

    @Test
    void onlyAnAdminImportsAFlowAndAStaleImportIsRefused() {
        Api manager = fixture.as(fixture.person("manager", "MANAGER", bot));
        assertEquals(403, manager.put(flow(), supportFlow("ask-order")).status());

        ApiResponse stored = fixture.admin().put(flow(), supportFlow("ask-order"));

        assertEquals(200, stored.status(), stored::toString);
        assertEquals(1, stored.object().getInt("version"));
        assertEquals("\"1\"", stored.header("ETag").orElseThrow());
        JsonObject exported = fixture.admin().get(flow()).object();
        assertEquals(1, exported.getInt("version"));
        assertEquals("ask-email", exported.getJsonArray("steps").getJsonObject(2).getString("id"));
        ApiResponse stale = fixture.admin().put(flow(), Json.createObjectBuilder(supportFlow("ask-order"))
                .add("version", 0).build());
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("stale-flow", stale.problemType());
        ApiResponse staleTag = fixture.admin().putIfMatch(flow(), "\"0\"", supportFlow("ask-order"));
        assertEquals(412, staleTag.status(), staleTag::toString);
        assertEquals("stale-flow", staleTag.problemType());
        assertEquals(1, fixture.admin().get(flow()).object().getInt("version"), "the refused imports changed nothing");
        assertEquals(2, fixture.admin().put(flow(), exported).object().getInt("version"), "an export imports again");
    }

    @Test
    void theFlowAsksKeepsTheAnswersHandsOverStaysSilentAndResumesAfterTheResolve() throws Exception {
        assertEquals(200, fixture.admin().put(flow(), supportFlow("ask-order")).status());
        String visitor = "visitor-" + Fixture.unique();

        long conversation = say(visitor, "hi", null);
        assertEquals(List.of("USER:hi", "BOT:Hello!", "BOT:How can I help?"), lines(conversation));
        say(visitor, "My order", "order");
        say(visitor, "ada@example.com", null);
        say(visitor, "A-42", null);

        assertEquals(List.of("USER:hi", "BOT:Hello!", "BOT:How can I help?", "USER:My order", "BOT:Your email?",
                "USER:ada@example.com", "BOT:Your order number?", "USER:A-42", "BOT:Passing you on.",
                "SYSTEM:All our agents are away right now. We will answer as soon as one is back.",
                "SYSTEM:You are in the queue: position 1"),
                lines(conversation));
        assertEquals(Optional.of("ada@example.com"), attribute(visitor, "email"));
        assertEquals(Optional.of("A-42"), attribute(visitor, "order"));
        JsonObject handover = pendingHandoverOf(conversation);
        assertEquals("to-agent", handover.getString("step"));

        say(visitor, "hello? anyone?", null);
        assertEquals("USER:hello? anyone?", last(lines(conversation)), "the bot is silent while the handover waits");

        Api agent = fixture.onlineAgent("agent", bot);
        assertEquals(200, agent.post(HandoverPaths.assignment(handover), null).status());
        say(visitor, "still there?", null);
        assertEquals("USER:still there?", last(lines(conversation)), "the bot is silent while an agent answers");
        assertEquals(200, agent.post(HandoverPaths.resolution(handover), null).status());

        List<String> lines = lines(conversation);
        assertEquals(List.of("SYSTEM:Resolved", "BOT:Anything else?"), lines.subList(lines.size() - 2, lines.size()));
        say(visitor, "Nothing", null);
        assertEquals("BOT:Bye!", last(lines(conversation)));
    }

    @Test
    void aKeywordOrTheAgentChoiceHandsOverFromTheStepTheUserIsAt() {
        assertEquals(200, fixture.admin().put(flow(), supportFlow("ask-order")).status());
        String keywordVisitor = "visitor-" + Fixture.unique();
        say(keywordVisitor, "hi", null);
        say(keywordVisitor, "My order", "order");

        long byKeyword = say(keywordVisitor, "Can I talk to a human?", null);

        assertEquals("ask-email", pendingHandoverOf(byKeyword).getString("step"));
        List<String> lines = lines(byKeyword);
        assertEquals(List.of("USER:Can I talk to a human?",
                "SYSTEM:All our agents are away right now. We will answer as soon as one is back.",
                "SYSTEM:You are in the queue: position 1"),
                lines.subList(lines.size() - 3, lines.size()), "a request for a human is no answer to the question");

        String choiceVisitor = "visitor-" + Fixture.unique();
        say(choiceVisitor, "hi", null);
        long byChoice = say(choiceVisitor, "Talk to an agent", "talk-to-agent");

        assertEquals("menu", pendingHandoverOf(byChoice).getString("step"));
    }

    @Test
    void aNewImportRunsFromTheNextMessageOn() {
        assertEquals(200, fixture.admin().put(flow(), supportFlow("ask-order")).status());
        String before = "visitor-" + Fixture.unique();
        say(before, "hi", null);
        long first = say(before, "My order", null);
        assertEquals("BOT:Your email?", last(lines(first)), "the first version runs");

        // The server keeps parsed flows: the import must reach the very next message all the same.
        assertEquals(200, fixture.admin().put(flow(), Json.createObjectBuilder(supportFlow("ask-order", "Track my parcel"))
                .add("version", 1).build()).status());
        String after = "visitor-" + Fixture.unique();
        say(after, "hi", null);
        long second = say(after, "Track my parcel", null);

        assertEquals("BOT:Your email?", last(lines(second)), "the choice of the new version is understood");
    }

    /** A support flow; the email question goes on to {@code afterEmail} (an unknown step makes it invalid). */
    private static JsonObject supportFlow(String afterEmail) {
        return supportFlow(afterEmail, "My order");
    }

    private static JsonObject supportFlow(String afterEmail, String orderTitle) {
        JsonArrayBuilder menu = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "order").add("title", orderTitle).add("next", "ask-email"))
                .add(Json.createObjectBuilder().add("id", "nothing").add("title", "Nothing").add("next", "bye"));
        JsonArrayBuilder more = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "nothing").add("title", "Nothing").add("next", "bye"));
        return Json.createObjectBuilder()
                .add("start", "welcome")
                .add("resume", "more")
                .add("keywords", Json.createArrayBuilder().add("agent").add("human"))
                .add("steps", Json.createArrayBuilder()
                        .add(step("welcome", "MESSAGE", "Hello!").add("next", "menu"))
                        .add(step("menu", "CHOICES", "How can I help?").add("choices", menu).add("offerAgent", true))
                        .add(step("ask-email", "QUESTION", "Your email?").add("attribute", "email").add("next", afterEmail))
                        .add(step("ask-order", "QUESTION", "Your order number?").add("attribute", "order")
                                .add("next", "to-agent"))
                        .add(step("to-agent", "HANDOVER", "Passing you on.").add("reason", "Order question"))
                        .add(step("more", "CHOICES", "Anything else?").add("choices", more).add("offerAgent", true))
                        .add(step("bye", "END", "Bye!")))
                .build();
    }

    private static JsonObjectBuilder step(String id, String type, String text) {
        return Json.createObjectBuilder().add("id", id).add("type", type).add("text", text);
    }

    private String flow() {
        return "api/v1/bots/" + bot + "/flow";
    }

    /** What a channel would do: hand the user's message to the Inbox. Returns the conversation id. */
    private long say(String visitor, String text, String choiceId) {
        Inbox inbox = CDI.current().select(Inbox.class).get();
        MessageView stored = inbox.receive(new InboundMessage(bot, new ContactIdentity(Channel.WEB, visitor, null),
                text, null, choiceId)).orElseThrow();
        return stored.conversationId();
    }

    private List<JsonObject> transcript(long conversation) {
        ApiResponse messages = fixture.admin().get("api/v1/conversations/" + conversation + "/messages");
        assertEquals(200, messages.status(), messages::toString);
        return messages.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private List<String> lines(long conversation) {
        return transcript(conversation).stream()
                .map(message -> message.getString("sender") + ":" + message.getString("text")).toList();
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    private JsonObject pendingHandoverOf(long conversation) {
        return fixture.admin().get("api/v1/bots/" + bot + "/handovers?state=PENDING").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(handover -> handover.getJsonNumber("conversationId").longValue() == conversation)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending handover for conversation " + conversation));
    }

    /** Contact attributes have no API yet; the test reads them where the application keeps them. */
    private Optional<String> attribute(String visitor, String name) throws NamingException, SQLException {
        DataSource database = InitialContext.doLookup("jdbc/livechat");
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT a.value FROM contact_attribute a"
                     + " JOIN contact c ON c.id = a.contact_id WHERE c.bot_id = ? AND c.external_id = ? AND a.name = ?")) {
            query.setLong(1, bot);
            query.setString(2, visitor);
            query.setString(3, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }
}
