package io.livechat.bench.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Meta's Graph API, so the bot's answers go all the way out: every
 * {@code POST /{version}/{phone-number-id}/messages} gets the Cloud API's success answer
 * (resources/whatsapp/send-text-response.json, with a wamid of its own). {@code GET /stub/sends}
 * tells how many sends it answered. Run by bench/run as its own process, on loopback only:
 * {@code java -cp livechat-bench.jar io.livechat.bench.whatsapp.GraphStub <port>}.
 */
public final class GraphStub {

    private final AtomicLong sends = new AtomicLong();
    // Wamids unique across stub runs too: a server that outlives one run keeps the ids of its sends.
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final JsonObject template;

    private GraphStub() throws IOException {
        try (InputStream in = GraphStub.class.getResourceAsStream("/whatsapp/send-text-response.json");
             JsonReader reader = Json.createReader(in)) {
            template = reader.readObject();
        }
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        GraphStub stub = new GraphStub();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        // Enough threads that the stub is never what the server waits for.
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", stub::handle);
        server.start();
        System.out.println("Graph API stub listening on http://127.0.0.1:" + port + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            if (path.equals("/stub/sends")) {
                answer(exchange, 200, "text/plain", Long.toString(sends.get()));
            } else if (exchange.getRequestMethod().equals("POST") && path.endsWith("/messages")) {
                answer(exchange, 200, "application/json", sent(request).toString());
            } else if (exchange.getRequestMethod().equals("POST") && path.endsWith("/media")) {
                answer(exchange, 200, "application/json", "{\"id\":\"media-stub-" + run + "-" + sends.incrementAndGet() + "\"}");
            } else {
                answer(exchange, 404, "application/json", "{\"error\":{\"message\":\"not in the stub\",\"code\":100}}");
            }
        }
    }

    private JsonObject sent(byte[] request) {
        String to = "";
        try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(request))) {
            to = reader.readObject().getString("to", "");
        } catch (RuntimeException e) {
            // An unreadable send still gets an answer; the server's handling of it is not under test here.
        }
        return Json.createPatchBuilder()
                .replace("/contacts/0/input", to)
                .replace("/contacts/0/wa_id", to)
                .replace("/messages/0/id", "wamid.stub-" + run + "-" + sends.incrementAndGet())
                .build().apply(template);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
