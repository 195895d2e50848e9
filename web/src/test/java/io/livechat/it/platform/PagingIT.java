package io.livechat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The lists that grow answer a page at a time: {@code limit} rows at most, a {@code Link} with
 * rel="next" while more follow, and the pending list's total. Walking a list by its links shows
 * every row that stays in it exactly once, in order, while rows come and go between the pages.
 */
class PagingIT extends ClientIT {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @Test
    void walkingThePendingListShowsEachHandoverOnceWhileHandoversComeAndGoBetweenPages() {
        long bot = fixture.bot("Paging");
        String engine = fixture.botToken(bot);
        Api agent = fixture.onlineAgent("agent", bot);
        List<Long> requested = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> requested.add(id(fixture.handover(bot, engine))));

        ApiResponse page = fixture.admin().get("api/v1/bots/" + bot + "/handovers?state=PENDING&limit=5");
        assertEquals("12", page.header("X-Total-Count").orElseThrow(), "the total, from the first page on");
        List<JsonObject> seen = new ArrayList<>(items(page));
        Set<Long> expected = new HashSet<>(requested);
        long seenThenTaken = requested.get(1);
        long takenBeforeReached = requested.get(7);
        assign(agent, seenThenTaken);
        assign(agent, takenBeforeReached);
        expected.remove(takenBeforeReached);
        List<Long> requestedMeanwhile = new ArrayList<>();
        for (int round = 0; next(page).isPresent(); round++) {
            String link = next(page).get();
            if (round < 2) {
                requestedMeanwhile.add(id(fixture.handover(bot, engine)));
                requestedMeanwhile.add(id(fixture.handover(bot, engine)));
            }
            if (round == 1) {
                // Back in the list before the cursor: shown once already, not again.
                assertEquals(200, fixture.admin().delete("api/v1/handovers/" + seenThenTaken + "/assignment").status());
            }
            page = fixture.admin().get(link);
            seen.addAll(items(page));
        }
        assertEquals(4, requestedMeanwhile.size(), "two rounds of changes between pages");
        expected.addAll(requestedMeanwhile);

        List<Long> ids = seen.stream().map(PagingIT::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), () -> "no handover twice: " + ids);
        assertEquals(expected, new HashSet<>(ids), "every handover that stayed pending, none that left first");
        Comparator<JsonObject> byRequest = Comparator.comparing(h -> Instant.parse(h.getString("requestedAt")));
        assertEquals(seen.stream().sorted(byRequest.thenComparing(PagingIT::id)).toList(), seen,
                "oldest request first, ties by id");
        assertEquals(String.valueOf(expected.size()), page.header("X-Total-Count").orElseThrow(),
                "the total counts the list as it is now");
        assertTrue(page.header("Link").isEmpty(), "no Link on the last page");
    }

    @Test
    void aLimitOutOfRangeAndACursorThisListDidNotGiveAreRefused() {
        long bot = fixture.bot("Paging");
        String engine = fixture.botToken(bot);
        IntStream.range(0, 3).forEach(i -> fixture.handover(bot, engine));
        String list = "api/v1/bots/" + bot + "/handovers?state=PENDING";

        for (String query : List.of("&limit=0", "&limit=201", "&limit=-1", "&limit=abc", "&cursor=not*base64",
                "&cursor=Zm9v", "&cursor=" + "A".repeat(201), "&cursor=NDI")) {
            ApiResponse refused = fixture.admin().get(list + query);
            assertEquals(422, refused.status(), () -> query + ": " + refused);
            assertEquals("application/problem+json", refused.contentType(), query);
            assertEquals("invalid-input", refused.problemType(), query);
        }
        assertEquals(3, fixture.admin().get(list + "&limit=200").array().size(), "200 is the most a page holds");

        ApiResponse all = fixture.admin().get(list + "&limit=3");
        assertEquals(3, all.array().size());
        assertTrue(all.header("Link").isEmpty(), () -> "the last page has no next: " + all.header("Link"));
        ApiResponse first = fixture.admin().get(list + "&limit=2");
        String next = next(first).orElseThrow();
        assertTrue(next.startsWith(Api.site(base) + "api/v1/bots/" + bot + "/handovers?"), next);
        assertTrue(next.contains("state=PENDING") && next.contains("limit=2") && next.contains("cursor="), next);
        ApiResponse second = fixture.admin().get(next);
        assertEquals(1, second.array().size(), second::toString);
        assertTrue(second.header("Link").isEmpty());
    }

    @Test
    void theTranscriptNotesAndParkedMessagesPageInTheirOrder() {
        long bot = fixture.bot("Paging");
        Api agent = fixture.onlineAgent("agent", bot);
        JsonObject handover = fixture.handover(bot, fixture.botToken(bot));
        String conversation = "api/v1/conversations/" + handover.getJsonNumber("conversationId").longValue();
        assertEquals(200, agent.post("api/v1/handovers/" + id(handover) + "/assignment", null).status());
        IntStream.range(0, 4).forEach(i -> reply(agent, conversation, "reply " + i));

        ApiResponse page = agent.get(conversation + "/messages?limit=2");
        List<Long> messages = new ArrayList<>(ids(page));
        assertEquals(2, messages.size(), "a page holds the limit");
        reply(agent, conversation, "written while the transcript was read");
        while (next(page).isPresent()) {
            page = agent.get(next(page).get());
            messages.addAll(ids(page));
        }
        assertEquals(ids(agent.get(conversation + "/messages?limit=200")), messages,
                "the whole transcript once, oldest first, with what was written meanwhile at its end");
        assertTrue(messages.size() >= 7, messages::toString);

        List<Long> notes = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> notes.add(0, id(agent.post(conversation + "/contact/notes",
                Json.createObjectBuilder().add("text", "note " + i).build()).object())));
        page = agent.get(conversation + "/contact/notes?limit=2");
        List<Long> walked = new ArrayList<>(ids(page));
        assertEquals(2, walked.size(), "a page holds the limit");
        agent.post(conversation + "/contact/notes", Json.createObjectBuilder().add("text", "newer").build());
        while (next(page).isPresent()) {
            page = agent.get(next(page).get());
            walked.addAll(ids(page));
        }
        assertEquals(notes, walked, "newest first, each once; a newer note is before the cursor");

        for (String at : List.of("2024-01-01 10:00:00", "2024-01-01 11:00:00", "2024-01-01 11:00:00",
                "2024-01-01 11:00:00", "2024-01-01 12:00:00")) {
            Database.execute("INSERT INTO whatsapp_parked (bot_id, reason, payload, received_at) VALUES (" + bot
                    + ", 'no wamid', '{}', '" + at + "')");
        }
        page = fixture.admin().get("api/v1/bots/" + bot + "/whatsapp/parked?limit=2");
        List<JsonObject> parked = new ArrayList<>(items(page));
        assertEquals(2, parked.size(), "a page holds the limit");
        while (next(page).isPresent()) {
            page = fixture.admin().get(next(page).get());
            parked.addAll(items(page));
        }
        assertEquals(5, parked.size(), parked::toString);
        Comparator<JsonObject> byReceipt = Comparator.comparing(p -> Instant.parse(p.getString("receivedAt")));
        assertEquals(parked.stream().sorted(byReceipt.thenComparing(PagingIT::id).reversed()).toList(), parked,
                "newest first, ties by id");
    }

    private static void assign(Api agent, long handoverId) {
        ApiResponse assigned = agent.post("api/v1/handovers/" + handoverId + "/assignment", null);
        assertEquals(200, assigned.status(), assigned::toString);
    }

    private static void reply(Api agent, String conversation, String text) {
        ApiResponse sent = agent.post(conversation + "/messages", Json.createObjectBuilder().add("text", text).build());
        assertEquals(201, sent.status(), sent::toString);
    }

    private static Optional<String> next(ApiResponse page) {
        assertEquals(200, page.status(), page::toString);
        return page.header("Link").map(NEXT::matcher).filter(Matcher::find).map(link -> link.group(1));
    }

    private static List<JsonObject> items(ApiResponse page) {
        assertEquals(200, page.status(), page::toString);
        return page.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<Long> ids(ApiResponse page) {
        return items(page).stream().map(PagingIT::id).toList();
    }

    private static long id(JsonObject item) {
        return item.getJsonNumber("id").longValue();
    }
}
