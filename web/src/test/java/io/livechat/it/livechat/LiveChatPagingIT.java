package io.livechat.it.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Live Chat page of a bot with more users waiting than one page holds: it shows the oldest 50
 * with the total, the next ones when the agent scrolls to the end of the list, and a handover that
 * a push announces in its place in the list, without reading the list again.
 */
class LiveChatPagingIT extends ClientIT {

    private static final int PAGE = 50;

    @Test
    void showsTheOldestPageWithTheTotalLoadsMoreOnScrollAndPutsAPushedHandoverInPlace() throws IOException {
        long bot = fixture.bot("Busy");
        String engine = fixture.botToken(bot);
        List<Long> waiting = new ArrayList<>();
        IntStream.range(0, PAGE + 3).forEach(i -> waiting.add(id(fixture.handover(bot, engine))));
        String agent = fixture.person("agent", "AGENT", bot);

        try (LiveChatPage page = LiveChatPage.open(Api.site(base), agent, Fixture.PASSWORD, bot)) {
            // Only pushes and scrolling change the list in this test.
            page.script("var poll = PF('liveChatPoll'); if (poll) { poll.stop(); }");
            assertEquals(waiting.subList(0, PAGE), pending(page), "the oldest page, oldest first");
            assertEquals(String.valueOf(PAGE + 3), page.find("#pending-count").getText(), "the total");

            page.script("document.getElementById('pending-more').scrollIntoView()");
            page.waitFor(LiveChatPage.LIVE, "the next page", d -> pending(page).size() == PAGE + 3 ? true : null);
            assertEquals(waiting, pending(page), "the rest after the first page, in order");
            assertTrue(page.find("#pending-more").getAttribute("class").contains("livechat-gone"),
                    "nothing more to load");

            page.script("window.firstRow = document.querySelector('#pending li');");
            long pushed = id(fixture.handover(bot, engine));
            page.waitUntilListed(pushed, "PENDING");
            List<Long> withPushed = new ArrayList<>(waiting);
            withPushed.add(pushed);
            assertEquals(withPushed, pending(page), "the new handover at the end, where its request time puts it");
            assertEquals(String.valueOf(PAGE + 4), page.find("#pending-count").getText());

            Api colleague = fixture.onlineAgent("colleague", bot);
            long third = waiting.get(2);
            assertEquals(200, colleague.post("api/v1/handovers/" + third + "/assignment", null).status());
            page.waitUntilGone(third);
            ApiResponse released = fixture.admin().delete("api/v1/handovers/" + third + "/assignment");
            assertEquals(200, released.status(), released::toString);
            page.waitUntilListed(third, "PENDING");
            assertEquals(withPushed, pending(page), "given back, it is in its place again");
            assertEquals(true, page.script("return document.contains(window.firstRow)"),
                    "the rows that did not change stayed: no list was rendered again");
        }
    }

    private static long id(JsonObject handover) {
        return handover.getJsonNumber("id").longValue();
    }

    /** The ids of the pending list's rows, top to bottom. */
    private static List<Long> pending(LiveChatPage page) {
        page.find("#pending");
        List<?> ids = (List<?>) page.script("return Array.from(document.querySelectorAll('#pending a[data-handover]'))"
                + ".map(function (item) { return item.getAttribute('data-handover'); });");
        return ids.stream().map(id -> Long.valueOf(id.toString())).toList();
    }
}
