package io.livechat.it.call;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stand-in for EnableX: a real HTTP server on the port the server under test was configured with
 * ({@link EnablexPort}), with the Server API routes calls use (project information, rooms, tokens,
 * HTTP Basic with App ID and App Key), and a stand-in of the browser SDK ({@code EnxRtc.js}) that
 * records who joined with which token. Shared by the tests of a run, started on first use.
 */
final class Enablex {

    /** A project the stand-in knows: its key and services. */
    record Project(String appKey, boolean video, boolean voice) {
    }

    /** A token request the stand-in answered. */
    record TokenRequest(String roomId, String role, String name, String userRef, String token) {
    }

    private static Enablex instance;

    final Map<String, Project> projects = new ConcurrentHashMap<>();
    final List<JsonObject> rooms = new CopyOnWriteArrayList<>();
    final List<TokenRequest> tokens = new CopyOnWriteArrayList<>();
    volatile String roomFailure;
    private final AtomicInteger sequence = new AtomicInteger();
    private final HttpServer server;

    private Enablex() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", EnablexPort.port()), 0);
        server.createContext("/cpaas/projects/", this::project);
        server.createContext("/video/v2/rooms", this::rooms);
        server.createContext("/sdk/EnxRtc.js", this::sdk);
        server.start();
    }

    static synchronized Enablex server() throws IOException {
        if (instance == null) {
            instance = new Enablex();
        }
        return instance;
    }

    private String appIdOf(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String[] credentials = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":", 2);
        Project project = projects.get(credentials[0]);
        return project != null && credentials.length == 2 && project.appKey().equals(credentials[1]) ? credentials[0] : null;
    }

    private void project(HttpExchange exchange) throws IOException {
        String appId = appIdOf(exchange);
        if (appId == null) {
            answer(exchange, 401, Json.createObjectBuilder().add("result", 4001).add("error", "Unauthorized").build());
            return;
        }
        Project project = projects.get(appId);
        answer(exchange, 200, Json.createObjectBuilder().add("result", 0).add("project", Json.createObjectBuilder()
                .add("app_id", appId).add("services_incl", Json.createObjectBuilder()
                        .add("video", project.video()).add("voice", project.voice()).add("sms", false))).build());
    }

    private void rooms(HttpExchange exchange) throws IOException {
        if (appIdOf(exchange) == null) {
            answer(exchange, 401, Json.createObjectBuilder().add("result", 4001).add("error", "Unauthorized").build());
            return;
        }
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))) {
            body = reader.readObject();
        }
        String[] path = exchange.getRequestURI().getPath().split("/");
        if (path.length == 6 && path[5].equals("tokens")) {
            String role = body.getString("role");
            String token = "token-" + role + "-" + sequence.incrementAndGet();
            tokens.add(new TokenRequest(path[4], role, body.getString("name"), body.getString("user_ref"), token));
            answer(exchange, 200, Json.createObjectBuilder().add("result", 0).add("token", token).build());
        } else if (roomFailure != null) {
            answer(exchange, 200, Json.createObjectBuilder().add("result", 1302).add("error", roomFailure).build());
        } else {
            String roomId = "room-" + sequence.incrementAndGet();
            rooms.add(body);
            answer(exchange, 200, Json.createObjectBuilder().add("result", 0)
                    .add("room", Json.createObjectBuilder().add("room_id", roomId)).build());
        }
    }

    /** A stand-in SDK: joinRoom records the token and the media asked for, and succeeds. */
    private void sdk(HttpExchange exchange) throws IOException {
        byte[] script = """
                window.EnxRtc = {
                  joinRoom: function (token, config, callback) {
                    var joined = {token: token, audio: !!config.audio, video: !!config.video, muted: [], left: false};
                    (window.enxJoins = window.enxJoins || []).push(joined);
                    var stream = {
                      muteAudio: function (done) { joined.muted.push('audio'); if (done) { done({}); } },
                      unmuteAudio: function (done) { joined.muted.push('unaudio'); if (done) { done({}); } },
                      muteVideo: function (done) { joined.muted.push('video'); if (done) { done({}); } },
                      unmuteVideo: function (done) { joined.muted.push('unvideo'); if (done) { done({}); } }
                    };
                    var room = {disconnect: function () { joined.left = true; }};
                    setTimeout(function () { callback({room: room, streams: [], publishId: 'p1'}, null); }, 10);
                    return stream;
                  }
                };
                """.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/javascript");
        exchange.sendResponseHeaders(200, script.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(script);
        }
    }

    private static void answer(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
