package io.livechat.bench.handover;

import io.livechat.bench.Demo;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Parallel;
import jakarta.json.Json;
import java.util.List;

/** Agents of bot 1 made for one measurement, through the API as an admin would: created, added, signed in, online. */
public final class Agents {

    static final String PASSWORD = "bench-agent-password";

    private Agents() {
    }

    public record Agent(String username, String token) {
    }

    public static List<Agent> create(Api api, String adminToken, String runId, String purpose, int count) throws Exception {
        List<String> usernames = Parallel.map(count, 4, i -> {
            String username = "bench-" + runId + "-" + purpose + "-" + i;
            api.send("POST", "api/v1/users", adminToken, Json.createObjectBuilder().add("username", username)
                    .add("displayName", "Bench Agent " + i).add("role", "AGENT").add("password", PASSWORD).build())
                    .expect(201, "create " + username);
            return username;
        });
        // One after another: each adds to the same bot, and concurrent changes of a bot answer 409.
        for (String username : usernames) {
            api.send("PUT", "api/v1/bots/" + Demo.BOT + "/members/" + username, adminToken, null)
                    .expect(204, "add " + username + " to bot " + Demo.BOT);
        }
        return Parallel.map(count, 4, i -> {
            String username = usernames.get(i);
            String token = api.token(username, PASSWORD);
            api.send("PUT", "api/v1/agents/me/presence", token, Json.createObjectBuilder().add("presence", "ONLINE").build())
                    .expect(200, username + " goes online");
            return new Agent(username, token);
        });
    }
}
