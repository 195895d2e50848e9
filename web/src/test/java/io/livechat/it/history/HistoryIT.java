package io.livechat.it.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.BrowserIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.HandoverPaths;
import io.livechat.it.whatsapp.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The history (console/history.xhtml and console/history-conversation.xhtml) in the real WAR: a
 * bot's conversations found by message text, name, tag, visitor id, with the filters in the URL;
 * words the index does not hold named; a frequent word on its own plan; one conversation read-only
 * with its handover boundaries in order and the contact's conversations linked; and who may see it.
 * Every search word carries the test's own suffix, so other tests' data never matches.
 */
class HistoryIT extends BrowserIT {

    private String u;
    private long bot;
    private String engine;

    @BeforeEach
    void newBot() {
        u = Fixture.unique();
        bot = fixture.bot("History");
        engine = fixture.botToken(bot);
    }

    @Test
    void aSearchFindsExactlyTheConversationsByMessageTextNameTagAndVisitorIdWithTheUrlsFilters() {
        long lookAlikeBot = fixture.bot("Look-alike");
        JsonObject parcel = handover(bot, "WEB", "visitor-" + u, "Greta Lindqvist" + u, "My parcel" + u + " never arrived");
        handover(lookAlikeBot, "WEB", "visitor-" + u, "Greta Lindqvist" + u, "My parcel" + u + " never arrived");
        JsonObject web = handover(bot, "WEB", "web-" + u, "Wilma", "Where is the courier" + u + " today");
        JsonObject whatsapp = handover(bot, "WHATSAPP", "4915100" + Math.abs(u.hashCode()), "Ophelia",
                "The courier" + u + " rang twice");
        Api agent = fixture.as(fixture.person("amy", "AGENT", bot));
        assertEquals(200, agent.put(conversation(web) + "/tags/vip-" + u, null).status());

        browser.signIn(site, "admin", Fixture.DEMO_PASSWORD);
        assertEquals(List.of(conversationId(parcel)), search("parcel" + u), "a message text, not the other bot's");
        assertEquals(List.of(conversationId(parcel)), search("LINDQVIST" + u), "a name, in any case");
        assertEquals(List.of(conversationId(web)), search("vip-" + u.substring(0, 4)), "a tag's prefix");
        assertEquals(List.of(conversationId(parcel)), search("visitor-" + u.substring(0, 5)), "a visitor id's prefix");
        assertEquals(List.of(conversationId(whatsapp), conversationId(web)), search("courier" + u), "newest first");
        assertEquals("2", browser.find("#history-count").getDomAttribute("data-total"));

        downloadsAreTheResults(List.of(conversationId(whatsapp), conversationId(web)), List.of("Ophelia", "Wilma"));

        String bookmarked = site + "console/history.xhtml?bot=" + bot + "&q=courier" + u + "&channel=WHATSAPP&zone=UTC";
        browser.driver.get(bookmarked);
        assertEquals(List.of(conversationId(whatsapp)), shown(), "the bookmarked URL's channel filter");
        assertEquals("WHATSAPP", browser.find("#search-channel").getDomProperty("value"), "the form shows the URL's filter");
        assertTrue(row(conversationId(whatsapp)).getText().contains("The courier" + u + " rang twice"), "the snippet");

        assertEquals(List.of(conversationId(parcel)), search("the parcel" + u + " of"));
        assertEquals("Not searched (too short or too common to be in the search index): \u201cthe\u201d, \u201cof\u201d",
                browser.find("#history-not-searched").getText());
        browser.screenshot("history-search");

        browser.driver.get(site + "console/history.xhtml?bot=" + bot + "&channel=FAX&zone=UTC");
        assertTrue(browser.find("#messages").getText().contains("Unknown channel \"FAX\""), "a message, not a failure");
        assertTrue(browser.driver.findElements(By.id("history:results")).isEmpty(), "nothing searched");
    }

    @Test
    void aConversationShowsItsHandoverBoundariesInOrderAndTheContactsConversationsLinkEachOther() {
        String amyName = fixture.person("amy", "AGENT", bot);
        String benName = fixture.person("ben", "AGENT", bot);
        Api amy = fixture.as(amyName);
        Api ben = fixture.as(benName);
        Fixture.goOnline(amy);
        Fixture.goOnline(ben);
        JsonObject handover = handover(bot, "WEB", "visitor-" + u, "Hanna Boundary", "Hello, my order" + u);
        assertEquals(200, amy.post(HandoverPaths.assignment(handover), null).status());
        assertEquals(201, amy.post(HandoverPaths.messages(handover),
                Json.createObjectBuilder().add("text", "Amy looks into order" + u).build()).status());
        assertEquals(200, amy.delete(HandoverPaths.assignment(handover)).status());
        assertEquals(200, ben.post(HandoverPaths.assignment(handover), null).status());
        assertEquals(201, ben.post(HandoverPaths.messages(handover),
                Json.createObjectBuilder().add("text", "Ben found order" + u).build()).status());
        long conversation = conversationId(handover);
        long earlier = earlierConversation(conversation, "An earlier question" + u);

        // From the contact on the Live Chat page, while the chat is open: its history in a tab of its own.
        browser.signIn(site, benName, Fixture.PASSWORD);
        browser.driver.get(site + "console/livechat.xhtml?bot=" + bot);
        browser.click("a[data-handover='" + handover.getJsonNumber("id").longValue() + "']");
        WebElement toHistory = browser.find("#lc\\:contact-history");
        assertEquals("_blank", toHistory.getDomAttribute("target"));
        String historyUrl = toHistory.getDomProperty("href");
        assertTrue(historyUrl.contains("console/history-conversation.xhtml?conversation=" + conversation), historyUrl);
        browser.driver.get(historyUrl);
        browser.waitFor("the open conversation in the history", d -> d.findElement(By.id("history-transcript")).getText()
                .contains("Ben found order" + u) ? true : null);
        assertEquals(2, browser.driver.findElements(By.cssSelector("#history-others .history-other")).size(),
                "the contact's conversations with the bot");

        assertEquals(200, ben.post(HandoverPaths.resolution(handover), null).status());
        browser.driver.get(site + "console/history-conversation.xhtml?conversation=" + conversation + "&zone=UTC");
        List<String> entries = browser.find("#history-transcript").findElements(By.cssSelector(".livechat-msg, .history-boundary"))
                .stream().map(HistoryIT::entry).toList();
        String amyShown = "Amy " + amyName;
        String benShown = "Ben " + benName;
        assertEquals(List.of(
                "USER Hello, my order" + u,
                "BOT Let me find an agent for you.",
                "| Handover requested at step ask-order",
                "| Assigned to " + amyShown,
                "SYSTEM You are being transferred to Agent",
                "AGENT Amy looks into order" + u,
                "| Returned to the queue by " + amyShown,
                "SYSTEM You are back in the queue: position 1",
                "| Assigned to " + benShown,
                "SYSTEM You are being transferred to Agent",
                "AGENT Ben found order" + u,
                "| Resolved by " + benShown,
                "SYSTEM Resolved"), entries.stream().filter(entry -> !entry.startsWith("SYSTEM All")).toList());
        List<WebElement> agents = browser.driver.findElements(By.cssSelector("#history-transcript .livechat-msg-AGENT"));
        assertEquals(List.of(amyShown, benShown), agents.stream()
                .map(agent -> agent.findElement(By.className("livechat-msg-sender")).getText()).toList(), "signed by Senders");
        browser.screenshot("history-conversation");

        List<WebElement> others = browser.driver.findElements(By.cssSelector("#history-others .history-other"));
        assertEquals(List.of(String.valueOf(conversation), String.valueOf(earlier)),
                others.stream().map(other -> other.getDomAttribute("data-conversation")).toList(), "newest first");
        assertTrue(browser.driver.findElements(By.cssSelector("#history-others .history-other-current")).size() == 1);
        others.get(1).findElement(By.tagName("a")).click();
        browser.waitFor("the earlier conversation", d -> d.findElement(By.id("history-transcript")).getText()
                .contains("An earlier question" + u) ? true : null);
        browser.click("#history-others a[href*='conversation=" + conversation + "&']");
        browser.waitFor("back to the later one", d -> d.findElement(By.id("history-transcript")).getText()
                .contains("Ben found order" + u) ? true : null);
    }

    @Test
    void aWordInMoreThanTwoThousandMessagesIsSearchedOnItsOwnPlanWithExactResults() {
        long elsewhere = conversationId(handover(fixture.bot("Noisy"), "WEB", "noisy-" + u, "Noisy", "hello"));
        Database.execute("INSERT INTO message (conversation_id, channel, sender, text, created_at, delivery_status)"
                + " SELECT " + elsewhere + ", 'WEB', 'USER', CONCAT('frequent" + u + " number ', seq), NOW(6), 'RECEIVED'"
                + " FROM seq_1_to_2001");
        JsonObject first = handover(bot, "WEB", "a-" + u, "Frieda First", "A frequent" + u + " question");
        JsonObject second = handover(bot, "WEB", "b-" + u, "Sam Second", "Another frequent" + u + " question");
        handover(bot, "WEB", "c-" + u, "Nora None", "Nothing alike");

        browser.signIn(site, "admin", Fixture.DEMO_PASSWORD);
        assertEquals(List.of(conversationId(second), conversationId(first)), search("frequent" + u));
        assertEquals("true", browser.find("#history-count").getDomAttribute("data-frequent"), "the frequent plan");
        assertEquals(List.of(conversationId(second)), search("another frequent" + u), "all words in one message");
    }

    @Test
    void aWordInManyOfTheBotsNewestConversationsIsReadInOrderWithoutTheFullTextList() {
        List<Long> holding = conversations(600, "A common" + u + " question, number ");
        conversations(100, "Nothing alike, number ");

        browser.signIn(site, "admin", Fixture.DEMO_PASSWORD);
        List<Long> shown = search("common" + u);
        WebElement count = browser.find("#history-count");
        assertEquals("500", count.getDomAttribute("data-total"), "the cap");
        assertEquals("true", count.getDomAttribute("data-more"));
        assertEquals("true", count.getDomAttribute("data-frequent"), "read in order, not listed");
        assertEquals(newestFirst(holding).subList(0, shown.size()), shown, "the newest that hold it, newest first");
    }

    @Test
    void aWordOfTheNewestConversationsOnlyIsListedAfterAllWithExactResults() {
        // More than the 5,010 newest a common word's scan reads.
        conversations(5100, "Nothing alike, number ");
        List<Long> holding = conversations(24, "A today" + u + " outage, number ");

        browser.signIn(site, "admin", Fixture.DEMO_PASSWORD);
        assertEquals(newestFirst(holding), search("today" + u));
        WebElement count = browser.find("#history-count");
        assertEquals("24", count.getDomAttribute("data-total"));
        assertEquals("false", count.getDomAttribute("data-frequent"), "listed by the full-text index");
    }

    @Test
    void anAgentOfTheBotMayReadItAndAnAgentOrManagerOfAnotherBotSeesNothingOfIt() {
        JsonObject handover = handover(bot, "WEB", "secret-" + u, "Sigrid Secret" + u, "My secret" + u + " order");
        long conversation = conversationId(handover);
        String member = fixture.person("agent", "AGENT", bot);
        long other = fixture.bot("Other");
        String[] outsiders = {fixture.person("agent", "AGENT", other), fixture.person("manager", "MANAGER", other)};

        browser.signIn(site, member, Fixture.PASSWORD);
        browser.click("#nav-history");
        browser.find("#search-q");
        assertEquals(List.of(conversation), search("secret" + u));
        browser.driver.get(site + "console/history-conversation.xhtml?conversation=" + conversation + "&zone=UTC");
        assertTrue(browser.find("#history-transcript").getText().contains("My secret" + u + " order"));
        browser.close();

        for (String outsider : outsiders) {
            browser = newBrowser();
            browser.signIn(site, outsider, Fixture.PASSWORD);
            browser.driver.get(site + "console/history.xhtml?bot=" + bot + "&q=secret" + u + "&zone=UTC");
            assertTrue(browser.find("#error-403").getText().contains("Not allowed"), outsider);
            assertNothingOfIt(outsider + ": another bot's history");
            browser.driver.get(site + "console/history-conversation.xhtml?conversation=" + conversation + "&zone=UTC");
            browser.find("#error-404");
            assertNothingOfIt(outsider + ": another bot's conversation");
            browser.driver.get(site + "console/history.xhtml?q=secret" + u + "&zone=UTC");
            browser.find("#history-count");
            assertNothingOfIt(outsider + ": their own bot's history");
            browser.close();
        }
        browser = newBrowser();
    }

    /** The page's CSV, XLSX and PDF, downloaded through Chromium and opened: the same conversations, in order. */
    private void downloadsAreTheResults(List<Long> conversations, List<String> contacts) {
        Path folder = Downloaded.into(browser, "history-" + u);
        String name = "history-" + bot;
        browser.click("#history\\:export-csv");
        List<List<String>> csv = Downloaded.csv(Downloaded.await(folder, name + ".csv"));
        assertEquals(List.of("Conversation", "Contact", "Channel", "Started", "Last message", "State", "Tags",
                "Matching message"), csv.get(0));
        assertEquals(conversations.stream().map(String::valueOf).toList(), csv.subList(1, csv.size()).stream()
                .map(row -> row.get(0)).toList());
        assertEquals(contacts, csv.subList(1, csv.size()).stream().map(row -> row.get(1)).toList());
        assertEquals("WhatsApp", csv.get(1).get(2));

        browser.click("#history\\:export-xlsx");
        List<List<String>> sheet = Downloaded.xlsx(Downloaded.await(folder, name + ".xlsx"));
        assertEquals(csv.get(0), sheet.get(0));
        assertEquals(contacts, sheet.subList(1, sheet.size()).stream().map(row -> row.get(1)).toList());
        assertEquals(String.valueOf(conversations.get(0)), sheet.get(1).get(0).replaceAll("\\.0$", ""));

        browser.click("#history\\:export-pdf");
        String pdf = Downloaded.pdfText(Downloaded.await(folder, name + ".pdf")).replaceAll("\\s+", " ");
        assertTrue(pdf.indexOf(contacts.get(0)) >= 0 && pdf.indexOf(contacts.get(0)) < pdf.indexOf(contacts.get(1)), pdf);
        assertTrue(pdf.contains("Matching message"), pdf);
    }

    private void assertNothingOfIt(String where) {
        String shown = (String) browser.script("return document.documentElement.outerHTML");
        assertFalse(shown.contains("Sigrid Secret" + u) || shown.contains("My secret" + u), () -> where + " shows: " + shown);
    }

    private io.livechat.it.support.Chromium newBrowser() {
        try {
            return new io.livechat.it.support.Chromium(getClass().getSimpleName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Types the text into the page's search of this test's bot and answers the conversations listed. */
    private List<Long> search(String text) {
        browser.driver.get(site + "console/history.xhtml?bot=" + bot + "&zone=UTC");
        WebElement q = browser.find("#search-q");
        q.clear();
        q.sendKeys(text);
        browser.click("#search-submit");
        browser.waitFor("the results of " + text, d -> {
            String url = d.getCurrentUrl();
            return url.contains("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)) ? true : null;
        });
        return shown();
    }

    private List<Long> shown() {
        browser.find("#history-count");
        return browser.driver.findElements(By.cssSelector("#history\\:results a.history-open")).stream()
                .map(link -> Long.valueOf(link.getDomAttribute("data-conversation"))).toList();
    }

    private WebElement row(long conversation) {
        return browser.find("a.history-open[data-conversation='" + conversation + "']")
                .findElement(By.xpath("ancestor::tr"));
    }

    private static String entry(WebElement element) {
        if (element.getDomAttribute("class").contains("history-boundary")) {
            return "| " + element.findElement(By.className("history-boundary-text")).getText();
        }
        return element.getDomAttribute("data-sender") + " " + element.findElement(By.className("livechat-msg-text")).getText();
    }

    /**
     * {@code count} conversations of the bot, one contact and one message ({@code said} and its number)
     * each, a minute apart and newer than any before: their ids, oldest first.
     */
    private List<Long> conversations(int count, String said) {
        String batch = Fixture.unique();
        Database.execute("INSERT INTO contact (bot_id, channel, external_id, name, created_at)"
                + " SELECT " + bot + ", 'WEB', CONCAT('" + batch + "-', seq), 'Many', NOW(6) FROM seq_1_to_" + count);
        long newest = Database.count("SELECT TIMESTAMPDIFF(SECOND, '2000-01-01', GREATEST(NOW(6),"
                + " COALESCE(MAX(last_message_at), NOW(6)))) FROM conversation WHERE bot_id = " + bot);
        Database.execute("INSERT INTO conversation (bot_id, contact_id, channel, responder, started_at, last_message_at)"
                + " SELECT bot_id, id, 'WEB', 'BOT', '2000-01-01' + INTERVAL " + newest + " SECOND + INTERVAL"
                + " CAST(SUBSTRING_INDEX(external_id, '-', -1) AS UNSIGNED) MINUTE, '2000-01-01' + INTERVAL " + newest
                + " SECOND + INTERVAL CAST(SUBSTRING_INDEX(external_id, '-', -1) AS UNSIGNED) MINUTE"
                + " FROM contact WHERE bot_id = " + bot + " AND external_id LIKE '" + batch + "-%'");
        Database.execute("INSERT INTO message (conversation_id, channel, sender, text, created_at, delivery_status)"
                + " SELECT c.id, 'WEB', 'USER', CONCAT('" + said + "', SUBSTRING_INDEX(p.external_id, '-', -1)),"
                + " c.started_at, 'RECEIVED' FROM conversation c JOIN contact p ON p.id = c.contact_id"
                + " WHERE p.bot_id = " + bot + " AND p.external_id LIKE '" + batch + "-%'");
        return Database.ids("SELECT c.id FROM conversation c JOIN contact p ON p.id = c.contact_id WHERE p.bot_id = " + bot
                + " AND p.external_id LIKE '" + batch + "-%' ORDER BY c.last_message_at");
    }

    private static List<Long> newestFirst(List<Long> oldestFirst) {
        List<Long> ids = new ArrayList<>(oldestFirst);
        Collections.reverse(ids);
        return ids;
    }

    /** An earlier conversation of the same contact with the bot (as data from before one conversation per contact). */
    private static long earlierConversation(long conversation, String text) {
        Database.execute("INSERT INTO conversation (bot_id, contact_id, channel, responder, started_at, last_message_at)"
                + " SELECT bot_id, contact_id, channel, 'BOT', started_at - INTERVAL 30 DAY, started_at - INTERVAL 30 DAY"
                + " FROM conversation WHERE id = " + conversation);
        long earlier = Database.count("SELECT MAX(id) FROM conversation WHERE contact_id = (SELECT contact_id FROM"
                + " conversation WHERE id = " + conversation + ")");
        Database.execute("INSERT INTO message (conversation_id, channel, sender, text, created_at, delivery_status)"
                + " SELECT id, channel, 'USER', '" + text + "', started_at, 'RECEIVED' FROM conversation WHERE id = " + earlier);
        return earlier;
    }

    private JsonObject handover(long botId, String channel, String visitor, String name, String said) {
        JsonObject request = Json.createObjectBuilder(Fixture.handoverRequest(botId, visitor))
                .add("contact", Json.createObjectBuilder().add("channel", channel).add("externalId", visitor).add("name", name))
                .add("transcript", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("sender", "USER").add("text", said))
                        .add(Json.createObjectBuilder().add("sender", "BOT").add("text", "Let me find an agent for you.")))
                .build();
        String token = botId == bot ? engine : fixture.botToken(botId);
        ApiResponse created = fixture.anonymous().as(token).post("api/v1/handovers", request);
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    private static long conversationId(JsonObject handover) {
        return handover.getJsonNumber("conversationId").longValue();
    }

    private static String conversation(JsonObject handover) {
        return "api/v1/conversations/" + conversationId(handover);
    }
}
