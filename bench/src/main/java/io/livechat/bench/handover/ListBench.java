package io.livechat.bench.handover;

import io.livechat.bench.Context;
import io.livechat.bench.Demo;
import io.livechat.bench.report.Figure;
import io.livechat.bench.report.Target;
import io.livechat.bench.support.Answer;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Format;
import io.livechat.bench.support.Latencies;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The lists at growing numbers of pending handovers: the first page of
 * {@code GET /api/v1/bots/1/handovers?state=PENDING} as an agent of the bot gets it (the whole list
 * while the API does not page; a page and a Link or next when it does), and the Live Chat page
 * ({@code console/livechat.xhtml?bot=1}) as that agent's browser gets it. The median of a few
 * requests after one warm-up; fewer at the largest size, where the unpaged list takes seconds.
 */
public final class ListBench {

    private static final String LIST = "api/v1/bots/" + Demo.BOT + "/handovers?state=PENDING";
    private static final String PAGE = "console/livechat.xhtml?bot=" + Demo.BOT;

    private final Context context;

    public ListBench(Context context) {
        this.context = context;
    }

    public void run() throws Exception {
        Api api = context.api();
        String agent = api.token(Demo.AGENT, Api.DEMO_PASSWORD);
        ConsoleBrowser console = ConsoleBrowser.signIn(api, Demo.AGENT, Api.DEMO_PASSWORD);
        PendingSeeder seeder = new PendingSeeder(context.db(), context.runId());
        for (int size : context.options().pendingSizes()) {
            long seeding = System.nanoTime();
            seeder.seedUpTo(size);
            long pending = seeder.pending();
            System.out.printf("  seeded %,d pending handovers in %.1f s (%,d pending in all)%n", size,
                    (System.nanoTime() - seeding) / 1e9, pending);
            int repeats = size >= 20_000 ? 3 : 5;
            Measured list = measure(repeats, () -> api.get(LIST, agent), "the pending list");
            context.report().add(Figure.of("Pending list, first page, at " + Format.count(pending) + " pending",
                            Format.ms(list.median()) + " ms, " + Format.bytes(list.last().size()) + ", " + describePage(list.last()))
                    .against(Target.atMost(50, "<= 50 ms (at 50,000)"), list.median())
                    .beside(context.baselines().healthOneAtATime()));
            Measured page = measure(repeats, () -> console.get(PAGE), "the Live Chat page");
            context.report().add(Figure.of("Live Chat page at " + Format.count(pending) + " pending",
                            Format.ms(page.median()) + " ms, " + Format.bytes(page.last().size()) + " of HTML")
                    .against(Target.atMost(300, "<= 300 ms (at 50,000)"), page.median())
                    .beside(context.baselines().healthOneAtATime()));
        }
    }

    @FunctionalInterface
    private interface Request {
        Answer send() throws Exception;
    }

    private record Measured(Latencies latencies, Answer last) {
        double median() {
            return latencies.millis(50);
        }
    }

    private static Measured measure(int repeats, Request request, String what) throws Exception {
        request.send().expect(200, what); // warm-up
        Latencies latencies = new Latencies();
        Answer last = null;
        for (int i = 0; i < repeats; i++) {
            last = request.send().expect(200, what);
            latencies.add(last.nanos());
        }
        return new Measured(latencies, last);
    }

    /** "1,000 items, no next page" or "50 items, next page linked": the API pages with a Link header or a next field. */
    static String describePage(Answer answer) {
        String body = answer.body().stripLeading();
        int items;
        boolean next = answer.headers().allValues("Link").stream().anyMatch(link -> link.contains("rel=\"next\""));
        if (body.startsWith("[")) {
            items = answer.array().size();
        } else {
            JsonObject page = answer.json();
            items = page.values().stream().filter(v -> v.getValueType() == JsonValue.ValueType.ARRAY)
                    .mapToInt(v -> v.asJsonArray().size()).findFirst().orElse(0);
            next |= page.containsKey("next") && page.get("next").getValueType() != JsonValue.ValueType.NULL;
        }
        return Format.count(items) + " items, " + (next ? "next page linked" : "no next page");
    }
}
