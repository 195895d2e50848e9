package io.livechat.it.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.livechat.LiveChatPage;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.Race;
import io.livechat.it.whatsapp.Database;
import io.livechat.it.whatsapp.Eventually;
import io.livechat.it.widget.Browser;
import io.livechat.it.widget.HostSite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Routing: an agent transfers their chat to a colleague with a note, a manager reassigns one, each
 * agent holds at most as many chats as the bot allows them, and an auto-assigning bot gives each
 * waiting handover to the online agent with the fewest open chats (then the one idle longest), also
 * once a seat frees or an agent comes online. The races: one handover has one owner whoever moves it
 * at the same moment, and no agent gets more chats than allowed however many handovers arrive together.
 */
class RoutingIT extends ClientIT {

    private static final Duration AUTO = Duration.ofSeconds(15);

    @Test
    void anAgentTransfersWithANoteAndAManagerReassignsLiveOnEveryPageAndInTheWidget() throws Exception {
        long bot = fixture.bot("Routing live");
        String alice = fixture.person("alice", "AGENT", bot);
        String bob = fixture.person("bob", "AGENT", bot);
        String manager = fixture.person("manager", "MANAGER", bot);
        Api aliceApi = fixture.as(alice);
        Fixture.goOnline(aliceApi);
        String aliceName = aliceApi.get("api/v1/agents/me").object().getString("displayName");
        String bobName = fixture.as(bob).get("api/v1/agents/me").object().getString("displayName");
        String site = Api.site(base);
        try (HostSite host = new HostSite(Api.loopback(base).toString());
             Browser visitor = new Browser("routing-visitor");
             LiveChatPage bobPage = LiveChatPage.open(site, bob, Fixture.PASSWORD, bot);
             LiveChatPage alicePage = LiveChatPage.open(site, alice, Fixture.PASSWORD, bot)) {
            ApiResponse widget = fixture.admin().put("api/v1/bots/" + bot + "/widget", Json.createObjectBuilder()
                    .add("allowedOrigins", Json.createArrayBuilder().add(host.origin("127.0.0.1"))).build());
            assertEquals(200, widget.status(), widget::toString);
            bobPage.goOnline();
            visitor.open(host.page("127.0.0.1", widget.object().getString("widgetKey")));
            visitor.script("window.LiveChat.open()");
            visitor.write("Hi");
            WebElement menu = visitor.waitForMessage("BOT", "How can I help?");
            menu.findElements(By.cssSelector("button.choice")).stream()
                    .filter(button -> button.getText().equals("Talk to an agent")).findFirst().orElseThrow().click();
            JsonObject pending = visitor.waitFor("the handover", d -> aliceApi.get("api/v1/bots/" + bot
                    + "/handovers?state=PENDING").array().stream().map(JsonObject.class::cast).findFirst().orElse(null));
            long handover = pending.getJsonNumber("id").longValue();
            assertEquals(200, aliceApi.post("api/v1/handovers/" + handover + "/assignment", null).status());
            visitor.waitFor("Alice in the widget's header", d -> aliceName.equals(visitor.part("header .who strong").getText())
                    ? true : null);

            // Alice transfers it on her page: Bob (online, no chats) with a note.
            alicePage.select(handover);
            alicePage.click("transfer");
            pick(alicePage, bobName + ": no open chats");
            alicePage.find("#lc\\:routingNote").sendKeys("Wants a refund for order 42");
            alicePage.screenshot("routing-1-transfer-dialog");
            submit(alicePage, bobName + ": no open chats", "Transferred to " + bobName);
            alicePage.waitFor(LiveChatPage.LIVE, "Alice's composer gone",
                    d -> d.findElements(By.id("lc:reply")).isEmpty() && !d.findElements(By.id("lc:readonly")).isEmpty()
                            ? true : null);
            // The push of her own move came and went on her page (its two requests are queued together,
            // the refresh that took the composer and then liveChatMoved): her notice is still there (for 6 s).
            alicePage.waitFor("the push's requests done", d -> Boolean.TRUE.equals(
                    alicePage.script("return PrimeFaces.ajax.Queue.isEmpty()")) ? true : null);
            assertTrue(alicePage.driver.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .anyMatch(message -> message.getText().contains("Transferred to " + bobName)), "Alice's notice kept");

            // Bob's page: the chat is his at once, he reads who handed it on and the note.
            bobPage.waitUntilListed(handover, "ASSIGNED");
            bobPage.waitForNotice("Wants a refund for order 42");
            bobPage.select(handover);
            String banner = bobPage.find("#lc\\:handedOn").getText();
            assertTrue(banner.contains("Transferred from " + aliceName + " (" + alice + ") to " + bobName)
                    && banner.contains("Note: Wants a refund for order 42"), banner);
            bobPage.find("#lc\\:reply");
            bobPage.screenshot("routing-2-transferred-to-bob");

            // The visitor is told Bob's name, and the widget's header names him.
            visitor.waitForMessage("SYSTEM", "You are being transferred to " + bobName);
            visitor.waitFor("Bob in the widget's header", d -> bobName.equals(visitor.part("header .who strong").getText())
                    ? true : null);
            visitor.screenshot("routing-3-widget-names-bob");

            // The manager reassigns it back to Alice; Bob's page loses the composer without a reload.
            try (LiveChatPage managerPage = LiveChatPage.open(site, manager, Fixture.PASSWORD, bot)) {
                managerPage.select(handover);
                managerPage.click("reassign");
                pick(managerPage, aliceName + ":");
                submit(managerPage, aliceName + ":", "Reassigned to " + aliceName);
                managerPage.waitFor(LiveChatPage.LIVE, "the header naming Alice",
                        d -> managerPage.state().contains(aliceName) ? true : null);
            }
            bobPage.waitFor(LiveChatPage.LIVE, "Bob's chat gone from his page", d -> d.findElements(
                    By.cssSelector("a[data-handover='" + handover + "']")).isEmpty() && d.findElements(By.id("lc:reply")).isEmpty()
                    ? true : null);
            alicePage.waitUntilListed(handover, "ASSIGNED");
            alicePage.waitForNotice("Reassigned by ");
            visitor.waitForMessage("SYSTEM", "You are being transferred to " + aliceName);
            visitor.waitFor("Alice in the widget's header again", d -> aliceName.equals(visitor.part("header .who strong")
                    .getText()) ? true : null);

            List<JsonObject> moves = moves(handover);
            assertEquals(2, moves.size(), moves::toString);
            assertEquals(List.of("TRANSFERRED", alice), List.of(moves.get(0).getString("action"), moves.get(0).getString("actor")));
            assertTrue(moves.get(0).getString("detail").endsWith("Note: Wants a refund for order 42"), moves::toString);
            assertEquals(List.of("REASSIGNED", manager), List.of(moves.get(1).getString("action"), moves.get(1).getString("actor")));
            assertEquals(alice, fixture.admin().get("api/v1/handovers/" + handover).object().getString("assignee"));
        }
    }

    @Test
    void aTransferIsRefusedToAnOfflineAgentAnOutsiderAFullAgentAndFromWhoeverDoesNotHoldIt() {
        long bot = fixture.bot("Routing refusals");
        Api alice = fixture.onlineAgent("alice", bot);
        String bob = fixture.person("bob", "AGENT", bot);
        Api carol = fixture.onlineAgent("carol", bot);
        String outsider = fixture.person("outsider", "AGENT", fixture.bot("Elsewhere"));
        JsonObject handover = assignedTo(alice, bot);
        String transfer = "api/v1/handovers/" + id(handover) + "/transfer";

        refused(alice.post(transfer, to(bob, null)), 409, "agent-offline");
        refused(alice.post(transfer, to(outsider, null)), 403, "not-member");
        refused(alice.post(transfer, to("nobody-" + Fixture.unique(), null)), 403, "not-member");
        refused(carol.post(transfer, to(username(alice), null)), 409, "not-holder");
        refused(alice.post(transfer, to(username(carol), "x".repeat(501))), 422, null);
        refused(alice.post(transfer, Json.createObjectBuilder().build()), 422, null);

        // Carol may hold one chat and holds one.
        assignedTo(carol, bot);
        assertEquals(200, fixture.admin().put("api/v1/bots/" + bot + "/routing/agents/" + username(carol),
                Json.createObjectBuilder().add("maxChats", 1).build()).status());
        ApiResponse full = alice.post(transfer, to(username(carol), null));
        refused(full, 409, "capacity-reached");
        assertTrue(full.object().getString("detail").endsWith("holds 1 chat, the most this bot allows"), full::toString);

        JsonObject pendingOne = fixture.handover(bot, fixture.botToken(bot));
        refused(alice.post("api/v1/handovers/" + id(pendingOne) + "/transfer", to(username(carol), null)), 409,
                "illegal-transition");
        assertEquals(username(alice), fixture.admin().get("api/v1/handovers/" + id(handover)).object().getString("assignee"),
                "every refusal left it with Alice");
        assertTrue(moves(id(handover)).isEmpty(), "nothing audited");
    }

    @Test
    void aManagerReassignsFromTheAgentNamedAndTheUserIsToldTheNewName() {
        long bot = fixture.bot("Reassign");
        Api alice = fixture.onlineAgent("alice", bot);
        Api bob = fixture.onlineAgent("bob", bot);
        Api manager = fixture.as(fixture.person("manager", "MANAGER", bot));
        JsonObject handover = assignedTo(alice, bot);
        String reassign = "api/v1/handovers/" + id(handover) + "/reassignment";

        refused(bob.post(reassign, to(username(bob), null)), 403, "access-denied");
        refused(manager.post(reassign, Json.createObjectBuilder().add("from", username(bob)).add("to", username(bob)).build()),
                409, "assignee-changed");
        ApiResponse moved = manager.post(reassign, Json.createObjectBuilder().add("from", username(alice))
                .add("to", username(bob)).add("note", "Bob knows this customer").build());
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(username(bob), moved.object().getString("assignee"));
        String bobName = bob.get("api/v1/agents/me").object().getString("displayName");
        assertEquals(1, notices(handover, "You are being transferred to " + bobName));
        JsonObject audited = moves(id(handover)).get(0);
        assertEquals("REASSIGNED", audited.getString("action"));
        assertTrue(audited.getString("detail").contains("to " + bobName + " (" + username(bob) + "). Note: Bob knows this customer"),
                audited::toString);
        // Bob writes to the user now; Alice may not.
        long conversation = handover.getJsonNumber("conversationId").longValue();
        assertEquals(201, bob.post("api/v1/conversations/" + conversation + "/messages",
                Json.createObjectBuilder().add("text", "Hello, Bob here").build()).status());
        assertEquals(409, alice.post("api/v1/conversations/" + conversation + "/messages",
                Json.createObjectBuilder().add("text", "Still me?").build()).status());
    }

    @Test
    void assignToMeRespectsTheBotsLimitAndAnAgentsOwnAndTheLiveChatPageSaysSo() throws Exception {
        long bot = fixture.bot("Capacity");
        String aliceName = fixture.person("alice", "AGENT", bot);
        Api alice = fixture.as(aliceName);
        Fixture.goOnline(alice);
        ApiResponse set = fixture.admin().put("api/v1/bots/" + bot + "/routing",
                Json.createObjectBuilder().add("maxChatsPerAgent", 1).add("autoAssign", false).build());
        assertEquals(200, set.status(), set::toString);
        refused(fixture.admin().put("api/v1/bots/" + bot + "/routing", Json.createObjectBuilder().add("maxChatsPerAgent", 0)
                .build()), 422, null);
        refused(fixture.as(aliceName).put("api/v1/bots/" + bot + "/routing", Json.createObjectBuilder().build()), 403, null);

        assignedTo(alice, bot);
        JsonObject second = fixture.handover(bot, fixture.botToken(bot));
        ApiResponse full = alice.post("api/v1/handovers/" + id(second) + "/assignment", null);
        refused(full, 409, "capacity-reached");
        assertEquals("You hold 1 chat, the most this bot allows", full.object().getString("detail"));
        assertEquals("1", full.object().getString("maxChats"), "the limit, in the problem document");

        // The page says it too, and the chat stays pending.
        try (LiveChatPage page = LiveChatPage.open(Api.site(base), aliceName, Fixture.PASSWORD, bot)) {
            page.select(id(second));
            page.click("assign");
            page.waitForNotice("You hold 1 chat, the most this bot allows");
            page.screenshot("routing-4-capacity");
        }
        assertEquals("PENDING", fixture.admin().get("api/v1/handovers/" + id(second)).object().getString("state"));

        // Her own limit of 2 overrides the bot's.
        JsonObject routing = fixture.admin().put("api/v1/bots/" + bot + "/routing/agents/" + aliceName,
                Json.createObjectBuilder().add("maxChats", 2).build()).object();
        JsonObject her = routing.getJsonArray("agents").getJsonObject(0);
        assertEquals(List.of(1, 2, 2), List.of(her.getInt("openChats"), her.getInt("maxChats"), her.getInt("ownMaxChats")));
        assertEquals(200, alice.post("api/v1/handovers/" + id(second) + "/assignment", null).status());
        refused(fixture.admin().put("api/v1/bots/" + bot + "/routing/agents/outsider-" + Fixture.unique(),
                Json.createObjectBuilder().add("maxChats", 2).build()), 404, null);
    }

    @Test
    void anAdminSetsTheBotsLimitAutoAssignmentAndAnAgentsOwnLimitOnTheBotsPage() throws Exception {
        long bot = fixture.bot("Routing page");
        String alice = fixture.person("alice", "AGENT", bot);
        try (Chromium admin = new Chromium("routing-admin")) {
            admin.signIn(Api.site(base), "admin", Fixture.DEMO_PASSWORD);
            admin.driver.get(Api.site(base) + "console/admin/bot.xhtml?id=" + bot);
            admin.find("#routing\\:maxChats_input").sendKeys("3");
            admin.click("#routing\\:autoAssign .ui-chkbox-box");
            admin.click("#routing\\:save");
            admin.waitFor("saved", d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .anyMatch(shown -> shown.getText().contains("Routing saved")) ? true : null);
            WebElement own = admin.find("#routingAgents input.admin-routing-own");
            own.sendKeys("5");
            admin.click("#routingAgents\\:saveAgents");
            admin.waitFor("her limit saved", d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .anyMatch(shown -> shown.getText().startsWith("Limit of ")) ? true : null);
            admin.screenshot("routing-5-bot-page");
        }
        JsonObject routing = fixture.admin().get("api/v1/bots/" + bot + "/routing").object();
        assertEquals(3, routing.getInt("maxChatsPerAgent"));
        assertTrue(routing.getBoolean("autoAssign"));
        JsonObject her = routing.getJsonArray("agents").getJsonObject(0);
        assertEquals(alice, her.getString("username"));
        assertEquals(List.of(5, 5), List.of(her.getInt("ownMaxChats"), her.getInt("maxChats")));
    }

    /** Six handovers waiting, an agent who may hold one clicks all six at once: one is hers. */
    @Test
    void simultaneousAssignsToOneAgentNeverExceedHerLimit() throws Exception {
        long bot = fixture.bot("Capacity race");
        Api alice = fixture.onlineAgent("alice", bot);
        fixture.admin().put("api/v1/bots/" + bot + "/routing", Json.createObjectBuilder().add("maxChatsPerAgent", 1).build());
        String token = fixture.botToken(bot);
        List<Supplier<ApiResponse>> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = "api/v1/handovers/" + id(fixture.handover(bot, token)) + "/assignment";
            clicks.add(() -> alice.post(path, null));
        }
        List<ApiResponse> answers = Race.together(clicks);
        assertEquals(1, answers.stream().filter(answer -> answer.status() == 200).count(), answers::toString);
        assertTrue(answers.stream().filter(answer -> answer.status() != 200)
                .allMatch(answer -> answer.status() == 409 && "capacity-reached".equals(answer.problemType())), answers::toString);
        assertEquals(1, openChats(bot, username(alice)));
    }

    @Test
    void autoAssignmentPicksFewestOpenThenLongestIdleAndFillsFreedSeatsOldestFirst() {
        long bot = fixture.bot("Auto");
        Api alice = fixture.onlineAgent("alice", bot);
        Api bob = fixture.onlineAgent("bob", bot);
        fixture.admin().put("api/v1/bots/" + bot + "/routing", Json.createObjectBuilder().add("autoAssign", true).build());
        String token = fixture.botToken(bot);

        // Both hold none and never got one: by username, Alice; then Bob, who holds fewer; then Alice, idle longer.
        long first = id(fixture.handover(bot, token));
        assertEquals(username(alice), assigneeOnceAssigned(first));
        long second = id(fixture.handover(bot, token));
        assertEquals(username(bob), assigneeOnceAssigned(second));
        long third = id(fixture.handover(bot, token));
        assertEquals(username(alice), assigneeOnceAssigned(third), "equal loads: the one whose last chat came longest ago");
        JsonObject audited = fixture.admin().get("api/v1/handovers/" + third + "/audit").array().stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("action").equals("ASSIGNED")).findFirst().orElseThrow();
        assertEquals("system", audited.getString("actor"));
        assertTrue(audited.getString("detail").startsWith("Assigned automatically to "), audited::toString);
        assertEquals(1, notices(third, "You are being transferred to Agent"), "told as on a normal assign");

        // At two chats each nobody qualifies: they wait, and the first seat that frees takes the oldest.
        fixture.admin().put("api/v1/bots/" + bot + "/routing", Json.createObjectBuilder().add("maxChatsPerAgent", 2)
                .add("autoAssign", true).build());
        long fourth = id(fixture.handover(bot, token));
        assertEquals(username(bob), assigneeOnceAssigned(fourth));
        long fifth = id(fixture.handover(bot, token));
        long sixth = id(fixture.handover(bot, token));
        sleep(Duration.ofSeconds(3));
        assertEquals("PENDING", state(fifth), "nobody has room");
        assertEquals(200, alice.post("api/v1/handovers/" + first + "/resolution", null).status());
        assertEquals(username(alice), assigneeOnceAssigned(fifth), "the oldest waiting one goes first");
        assertEquals("PENDING", state(sixth));

        // Somebody comes online: the next one is theirs.
        Api carol = fixture.onlineAgent("carol", bot);
        assertEquals(username(carol), assigneeOnceAssigned(sixth));
        // Self-assign stays possible.
        long seventh = id(fixture.handover(bot, token));
        ApiResponse taken = carol.post("api/v1/handovers/" + seventh + "/assignment", null);
        assertTrue(taken.status() == 200 || "already-assigned".equals(taken.problemType()), taken::toString);
        assertEquals(username(carol), assigneeOnceAssigned(seventh));
    }

    /** Race (a): the holder transfers to one colleague as a manager reassigns to another: one wins. */
    @Test
    void aTransferAndAReassignmentAtTheSameMomentLeaveOneOwner() throws Exception {
        long bot = fixture.bot("Move race");
        Api alice = fixture.onlineAgent("alice", bot);
        Api bob = fixture.onlineAgent("bob", bot);
        Api carol = fixture.onlineAgent("carol", bot);
        Api manager = fixture.as(fixture.person("manager", "MANAGER", bot));
        for (int round = 0; round < 4; round++) {
            JsonObject handover = assignedTo(alice, bot);
            String moved = "api/v1/handovers/" + id(handover);
            String note = "round " + round;
            List<ApiResponse> answers = Race.together(List.<Supplier<ApiResponse>>of(
                    () -> alice.post(moved + "/transfer", to(username(bob), note)),
                    () -> manager.post(moved + "/reassignment", Json.createObjectBuilder().add("from", username(alice))
                            .add("to", username(carol)).build())));
            List<ApiResponse> won = answers.stream().filter(answer -> answer.status() == 200).toList();
            assertEquals(1, won.size(), answers::toString);
            ApiResponse lost = answers.stream().filter(answer -> answer.status() != 200).findFirst().orElseThrow();
            assertEquals(409, lost.status(), lost::toString);
            assertTrue(List.of("not-holder", "assignee-changed").contains(lost.problemType()), lost::toString);
            String owner = won.get(0).object().getString("assignee");
            assertEquals(owner, lost.object().getString("assignee"), "the loser is told who has it");
            assertEquals(owner, fixture.admin().get(moved).object().getString("assignee"));
            assertEquals(1, moves(id(handover)).size(), "one move audited");
            String ownerName = (owner.equals(username(bob)) ? bob : carol).get("api/v1/agents/me").object().getString("displayName");
            assertEquals(1, notices(handover, "You are being transferred to " + ownerName));
            assertEquals(200, fixture.admin().post(moved + "/resolution", null).status());
        }
    }

    /** Race (b): an auto-assigning bot and two agents clicking "Assign to me" on each new handover: one owner each. */
    @Test
    void autoAssignmentRacingSelfAssignsLeavesOneOwner() throws Exception {
        long bot = fixture.bot("Auto race");
        Api alice = fixture.onlineAgent("alice", bot);
        Api bob = fixture.onlineAgent("bob", bot);
        fixture.admin().put("api/v1/bots/" + bot + "/routing", Json.createObjectBuilder().add("autoAssign", true).build());
        String token = fixture.botToken(bot);
        for (int round = 0; round < 8; round++) {
            long handover = id(fixture.handover(bot, token));
            String path = "api/v1/handovers/" + handover + "/assignment";
            List<ApiResponse> answers = Race.together(List.<Supplier<ApiResponse>>of(
                    () -> alice.post(path, null), () -> bob.post(path, null)));
            String owner = assigneeOnceAssigned(handover);
            for (ApiResponse answer : answers) {
                assertTrue(answer.status() == 200 && owner.equals(answer.object().getString("assignee"))
                        || answer.status() == 409 && "already-assigned".equals(answer.problemType())
                        && owner.equals(answer.object().getString("assignee")), answers::toString);
            }
            List<JsonObject> assigns = fixture.admin().get(path.replace("assignment", "audit")).array().stream()
                    .map(JsonObject.class::cast).filter(e -> e.getString("action").equals("ASSIGNED")).toList();
            assertEquals(1, assigns.size(), assigns::toString);
            assertEquals(1, notices(handover, "You are being transferred to Agent"));
            // Resolved again, so that both stay equally free for the next round.
            assertEquals(200, fixture.admin().post("api/v1/handovers/" + handover + "/resolution", null).status());
        }
    }

    /** Race (c): ten handovers arrive together at a bot whose two online agents may hold one each. */
    @Test
    void simultaneousNewHandoversNeverGiveAnAgentMoreThanTheLimit() throws Exception {
        long bot = fixture.bot("Flood");
        Api alice = fixture.onlineAgent("alice", bot);
        Api bob = fixture.onlineAgent("bob", bot);
        fixture.admin().put("api/v1/bots/" + bot + "/routing", Json.createObjectBuilder().add("maxChatsPerAgent", 1)
                .add("autoAssign", true).build());
        Api engine = fixture.anonymous().as(fixture.botToken(bot));
        List<Supplier<ApiResponse>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JsonObject request = Fixture.handoverRequest(bot, "flood-" + Fixture.unique());
            requests.add(() -> engine.post("api/v1/handovers", request));
        }
        assertTrue(Race.together(requests).stream().allMatch(answer -> answer.status() == 201));
        Eventually.until(() -> Database.count("SELECT COUNT(*) FROM handover WHERE bot_id = ? AND state = 'ASSIGNED'", bot),
                assigned -> assigned == 2, AUTO, "both agents given one");
        sleep(Duration.ofSeconds(3));
        assertEquals(1, openChats(bot, username(alice)));
        assertEquals(1, openChats(bot, username(bob)));
        assertEquals(8, Database.count("SELECT COUNT(*) FROM handover WHERE bot_id = ? AND state = 'PENDING'", bot));
    }

    private JsonObject assignedTo(Api agent, long bot) {
        JsonObject handover = fixture.handover(bot, fixture.botToken(bot));
        ApiResponse assigned = agent.post("api/v1/handovers/" + id(handover) + "/assignment", null);
        assertEquals(200, assigned.status(), assigned::toString);
        return assigned.object();
    }

    private String assigneeOnceAssigned(long handover) {
        JsonObject assigned = Eventually.until(() -> fixture.admin().get("api/v1/handovers/" + handover).object(),
                shown -> "ASSIGNED".equals(shown.getString("state")), AUTO, "handover " + handover + " assigned");
        return assigned.getString("assignee");
    }

    private String state(long handover) {
        return fixture.admin().get("api/v1/handovers/" + handover).object().getString("state");
    }

    private long openChats(long bot, String username) {
        return fixture.admin().get("api/v1/bots/" + bot + "/routing").object().getJsonArray("agents").stream()
                .map(JsonObject.class::cast).filter(agent -> agent.getString("username").equals(username))
                .findFirst().orElseThrow().getJsonNumber("openChats").longValue();
    }

    private List<JsonObject> moves(long handover) {
        return fixture.admin().get("api/v1/handovers/" + handover + "/audit").array().stream().map(JsonObject.class::cast)
                .filter(e -> List.of("TRANSFERRED", "REASSIGNED").contains(e.getString("action"))).toList();
    }

    private long notices(JsonObject handover, String text) {
        return fixture.admin().get("api/v1/conversations/" + handover.getJsonNumber("conversationId") + "/messages").array()
                .stream().filter(m -> m.asJsonObject().getString("text").equals(text)).count();
    }

    private long notices(long handover, String text) {
        return notices(fixture.admin().get("api/v1/handovers/" + handover).object(), text);
    }

    private static JsonValue to(String username, String note) {
        var body = Json.createObjectBuilder().add("to", username);
        return (note == null ? body : body.add("note", note)).build();
    }

    private static String username(Api person) {
        return person.get("api/v1/agents/me").object().getString("username");
    }

    private static long id(JsonObject handover) {
        return handover.getJsonNumber("id").longValue();
    }

    private static void refused(ApiResponse answer, int status, String type) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals("application/problem+json", answer.contentType(), answer::toString);
        if (type != null) {
            assertEquals(type, answer.problemType(), answer::toString);
        }
        assertFalse(answer.body().isBlank());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends the routing dialog and waits for the page's notice. Under load a pick was seen lost once
     * between picking and sending (the dialog then says the agent is required, and nothing moved);
     * it is then picked again and sent again, at most twice, and said on the test's output.
     */
    private static void submit(LiveChatPage page, String labelStart, String notice) {
        for (int attempt = 1; ; attempt++) {
            page.click("routingSubmit");
            String outcome = outcome(page, notice);
            if (outcome.equals("moved")) {
                return;
            }
            assertTrue(attempt < 3, "the pick of '" + labelStart + "' was lost three times");
            System.err.println("RoutingIT: the pick of '" + labelStart + "' was lost before sending; picking again");
            pick(page, labelStart);
        }
    }

    /** "moved" once the page says the notice, "no pick" once the dialog says the agent is required. */
    private static String outcome(LiveChatPage page, String notice) {
        try {
            return page.waitFor("'" + notice + "' or a refusal", d -> {
                if (d.findElements(By.cssSelector(".ui-growl-message")).stream().anyMatch(m -> m.getText().contains(notice))) {
                    return "moved";
                }
                return d.findElement(By.id("lc:routing")).getText().contains("Pick the agent who takes the chat over")
                        ? "no pick" : null;
            });
        } catch (TimeoutException e) {
            // Seen once under heavy load: say what the page said instead (a refusal of another kind?).
            throw new AssertionError("Neither '" + notice + "' nor the pick's refusal; the page says: "
                    + page.driver.findElements(By.cssSelector(".ui-growl-message, #lc\\:routing")).stream()
                            .map(WebElement::getText).collect(Collectors.joining(" | ")), e);
        }
    }

    /**
     * Picks the agent whose label starts so in the routing dialog, once the dialog's own request has
     * been answered: the dialog is on the page from the start, and the answer that fills and opens
     * it renders it again, taking with it a pick made before.
     */
    private static void pick(LiveChatPage page, String labelStart) {
        page.settled();
        page.waitFor("the routing dialog open", d -> d.findElement(By.id("lc:routingDialog")).isDisplayed() ? true : null);
        page.waitFor("'" + labelStart + "' picked", d -> {
            WebElement label = d.findElements(By.cssSelector("#lc\\:routingTarget label")).stream()
                    .filter(candidate -> candidate.getText().startsWith(labelStart)).findFirst().orElse(null);
            if (label == null) {
                return null;
            }
            if (Boolean.TRUE.equals(page.script("return document.getElementById(arguments[0]).checked", label.getAttribute("for")))) {
                return true;
            }
            label.click();
            return null;
        });
    }
}
