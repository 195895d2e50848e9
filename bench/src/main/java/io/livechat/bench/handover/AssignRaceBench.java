package io.livechat.bench.handover;

import io.livechat.bench.Context;
import io.livechat.bench.Demo;
import io.livechat.bench.report.Figure;
import io.livechat.bench.report.Target;
import io.livechat.bench.support.Answer;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Burst;
import io.livechat.bench.support.Latencies;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * The assign race: 50 online agents of the bot click "Assign to me" on the same pending handover at
 * the same moment, round after round, each round on a new handover. Exactly one may win; the others
 * get 409. The same bursts against the cheapest endpoint give the baseline.
 */
public final class AssignRaceBench {

    private final Context context;

    public AssignRaceBench(Context context) {
        this.context = context;
    }

    public void run() throws Exception {
        Api api = context.api();
        String admin = api.token(Demo.ADMIN, Api.DEMO_PASSWORD);
        int rounds = context.options().raceRounds();
        List<Agents.Agent> agents = Agents.create(api, admin, context.runId(), "race", context.options().agents());

        // Warm-up: every agent's connection open and the paths compiled before anything is timed.
        for (int i = 0; i < 3; i++) {
            Burst.all(agents.stream().<Callable<Answer>>map(a -> () -> api.get("api/v1/agents/me", a.token())).toList());
        }
        Latencies cheapest = new Latencies();
        for (int round = 0; round < rounds; round++) {
            for (Answer answer : Burst.all(agents.stream().<Callable<Answer>>map(a -> () -> api.get("health/live", null)).toList())) {
                cheapest.add(answer.nanos());
            }
        }
        context.baselines().healthBurst(cheapest);

        Latencies latencies = new Latencies();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Integer> winnersPerRound = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long handover = api.send("POST", "api/v1/handovers", admin, Json.createObjectBuilder().add("botId", Demo.BOT)
                            .add("contact", Json.createObjectBuilder().add("channel", "WEB")
                                    .add("externalId", "bench-" + context.runId() + "-race-" + round).add("name", "Race " + round))
                            .add("reason", "Assign race of the benchmark").build())
                    .expect(201, "request a handover").json().getJsonNumber("id").longValue();
            Thread.sleep(200); // what the request set off after commit is done before the race
            String path = "api/v1/handovers/" + handover + "/assignment";
            List<Answer> answers = Burst.all(agents.stream()
                    .<Callable<Answer>>map(a -> () -> api.send("POST", path, a.token(), null)).toList());
            int winners = 0;
            String winner = null;
            for (int i = 0; i < answers.size(); i++) {
                Answer answer = answers.get(i);
                latencies.add(answer.nanos());
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.ok()) {
                    winners++;
                    winner = agents.get(i).token();
                }
            }
            winnersPerRound.add(winners);
            if (winner != null) { // resolved, so the pending and assigned lists stay as they were
                api.send("POST", "api/v1/handovers/" + handover + "/resolution", winner, null);
            }
        }

        String shape = agents.size() + " agents at once x " + rounds + " rounds";
        context.report().add(Figure.of("Assign race latency, " + shape, latencies.p50p99())
                .against(Target.atMost(50, "p99 <= 50 ms"), latencies.millis(99))
                .beside(context.baselines().healthBurst()));
        boolean oneEach = winnersPerRound.stream().allMatch(w -> w == 1);
        int worst = winnersPerRound.stream().filter(w -> w != 1).findFirst().orElse(1);
        context.report().add(Figure.of("Assign race winners", (oneEach ? "exactly 1 in each of " + rounds + " rounds"
                        : "winners per round " + winnersPerRound) + "; answers " + statuses)
                .against(Target.exactly(1, "exactly 1 per round"), worst));
    }
}
