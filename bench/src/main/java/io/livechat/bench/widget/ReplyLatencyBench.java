package io.livechat.bench.widget;

import io.livechat.bench.Context;
import io.livechat.bench.Demo;
import io.livechat.bench.handover.Agents;
import io.livechat.bench.report.Figure;
import io.livechat.bench.report.Target;
import io.livechat.bench.report.Verdict;
import io.livechat.bench.support.Answer;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Format;
import io.livechat.bench.support.Latencies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Agent reply to the visitor's screen: a widget visitor with an open socket, a handover of their
 * conversation assigned to an agent, and the agent's replies one at a time, each timed from the
 * moment the agent's POST goes out until the message arrives on the visitor's socket.
 */
public final class ReplyLatencyBench {

    private static final int WARM_UP = 10;

    private final Context context;

    public ReplyLatencyBench(Context context) {
        this.context = context;
    }

    public void run() throws Exception {
        Api api = context.api();
        String admin = api.token(Demo.ADMIN, Api.DEMO_PASSWORD);
        String key = Demo.allowWidgetOrigin(api, admin);
        Agents.Agent agent = Agents.create(api, admin, context.runId(), "reply", 1).get(0);

        Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
        Visitor visitor = Visitor.start(api, key);
        VisitorSocket socket = VisitorSocket.open(Api.client(), Visitor.socketUri(api, key), visitor.token(), pushed -> {
            CompletableFuture<Long> arrival = arrivals.get(pushed.message().getString("text", ""));
            if (arrival != null && "AGENT".equals(pushed.message().getString("sender", ""))) {
                arrival.complete(pushed.at());
            }
        }).get(30, TimeUnit.SECONDS);
        try {
            JsonObject handover = api.send("POST", "api/v1/handovers", admin, Json.createObjectBuilder().add("botId", Demo.BOT)
                    .add("contact", Json.createObjectBuilder().add("channel", "WEB").add("externalId", visitor.visitorId()))
                    .add("reason", "Reply latency of the benchmark").build()).expect(201, "request a handover").json();
            long handoverId = handover.getJsonNumber("id").longValue();
            long conversation = handover.getJsonNumber("conversationId").longValue();
            api.send("POST", "api/v1/handovers/" + handoverId + "/assignment", agent.token(), null).expect(200, "assign");

            Latencies toSocket = new Latencies();
            Latencies post = new Latencies();
            int replies = context.options().replies();
            int lost = 0;
            for (int i = -WARM_UP; i < replies; i++) {
                String text = "Reply " + i + " of run " + context.runId();
                CompletableFuture<Long> arrival = new CompletableFuture<>();
                arrivals.put(text, arrival);
                long sent = System.nanoTime();
                Answer answer = api.send("POST", "api/v1/conversations/" + conversation + "/messages", agent.token(),
                        Json.createObjectBuilder().add("text", text).build()).expect(201, "the agent's reply");
                try {
                    long arrived = arrival.get(10, TimeUnit.SECONDS);
                    if (i >= 0) {
                        toSocket.add(arrived - sent);
                        post.add(answer.nanos());
                    }
                } catch (TimeoutException e) {
                    lost++;
                }
                arrivals.remove(text);
                Thread.sleep(20); // one reply after another, as a person types them
            }
            api.send("POST", "api/v1/handovers/" + handoverId + "/resolution", agent.token(), null);

            Figure figure = Figure.of("Agent reply to the visitor's widget socket, " + replies + " replies one at a time",
                            toSocket.p50p99() + " (the POST itself " + post.p50p99() + ")"
                                    + (lost > 0 ? "; " + Format.count(lost) + " never arrived within 10 s" : ""))
                    .against(Target.atMost(50, "p99 <= 50 ms"), toSocket.millis(99))
                    .beside(context.baselines().healthOneAtATime());
            context.report().add(lost > 0 ? figure.judged(Verdict.FAILED) : figure);
        } finally {
            socket.abort();
        }
    }
}
