package io.livechat.it.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Samples;
import io.livechat.it.whatsapp.Database;
import io.livechat.it.whatsapp.GraphApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files in transcripts, as the API and the widget's HTTP API take and serve them: the type read from
 * the bytes, the bot's limits, nothing kept of a refused file, downloads only for who may see them,
 * served so that they run nothing in our origin.
 */
class FilesIT extends ClientIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String ORIGIN = "https://shop.files.example";

    private long botId;
    private Api agent;
    private long conversation;

    @BeforeEach
    void assignedConversation() {
        botId = fixture.bot("Files");
        agent = fixture.onlineAgent("filer", botId);
        JsonObject handover = fixture.handover(botId, fixture.botToken(botId));
        conversation = handover.getJsonNumber("conversationId").longValue();
        ApiResponse assigned = agent.post("api/v1/handovers/" + handover.getJsonNumber("id") + "/assignment", null);
        assertEquals(200, assigned.status(), assigned::toString);
    }

    @Test
    void anAgentsFileIsStoredAsItsBytesShowAndServedOnlyToWhoMaySeeTheBot() throws Exception {
        byte[] png = Samples.png();

        // Named and declared as something else: the bytes decide.
        ApiResponse sent = agent.postBytes(files("photo.png"), "application/octet-stream", png);

        assertEquals(201, sent.status(), sent::toString);
        assertEquals("[Image: photo.png]", sent.object().getString("text"));
        JsonObject file = sent.object().getJsonArray("files").getJsonObject(0);
        assertEquals("image/png", file.getString("mimeType"));
        assertEquals("image", file.getString("kind"));
        assertTrue(file.getBoolean("image"));
        assertEquals(png.length, file.getJsonNumber("size").longValue());
        assertEquals(GraphApi.sha256(png), file.getString("sha256"));
        String token = file.getString("token");
        assertEquals(64, token.length(), "a random token names it, not an id");
        assertTrue(agent.get("api/v1/conversations/" + conversation + "/messages").body().contains(token),
                "the transcript carries the file");

        HttpResponse<byte[]> download = get("api/v1/files/" + token, fixture.token("admin", "livechat-demo"), null);
        assertEquals(200, download.statusCode());
        assertArrayEquals(png, download.body());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("sandbox"));
        assertEquals("inline; filename=\"photo.png\"; filename*=UTF-8''photo.png",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(200, get("api/v1/files/" + token, fixture.botToken(botId), null).statusCode(), "the bot's engine");

        String outsider = fixture.token(fixture.person("outsider", "AGENT", fixture.bot("Other")), "correct-horse-battery");
        assertEquals(404, get("api/v1/files/" + token, outsider, null).statusCode(), "another bot's agent");
        assertEquals(401, get("api/v1/files/" + token, null, null).statusCode(), "nobody");
        assertEquals(404, get("api/v1/files/" + "0".repeat(64), fixture.token("admin", "livechat-demo"), null).statusCode());
    }

    @Test
    void aFileIsRefusedBeforeAnythingOfItIsKept() {
        long messages = messages();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        ApiResponse disguised = agent.postBytes(files("invoice.pdf"), "application/pdf", html);

        assertEquals(422, disguised.status(), disguised::toString);
        assertEquals("file-type-not-allowed", disguised.problemType());

        ApiResponse limited = fixture.admin().put("api/v1/bots/" + botId + "/files", Json.createObjectBuilder()
                .add("maxBytes", 1024).add("allowedTypes", Json.createArrayBuilder().add("application/pdf")).build());
        assertEquals(200, limited.status(), limited::toString);
        assertEquals(1024, agent.get("api/v1/bots/" + botId + "/files").object().getInt("maxBytes"));

        ApiResponse image = agent.postBytes(files("photo.png"), "image/png", Samples.png());
        assertEquals(422, image.status(), image::toString);
        assertEquals("file-type-not-allowed", image.problemType());
        ApiResponse large = agent.postBytes(files("big.pdf"), "application/pdf", Samples.pdf(5000));
        assertEquals(422, large.status(), large::toString);
        assertEquals("file-too-large", large.problemType());
        assertTrue(large.object().getString("detail").contains("1024 bytes"), large::toString);
        assertEquals(201, agent.postBytes(files("small.pdf"), "application/pdf", Samples.pdf(1000)).status());

        assertEquals(messages + 1, messages(), "only the file that was taken is in the transcript");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM attachment a JOIN message m ON m.id = a.message_id"
                + " WHERE m.conversation_id = ?", conversation));
        ApiResponse unknown = fixture.admin().put("api/v1/bots/" + botId + "/files", Json.createObjectBuilder()
                .add("maxBytes", 1024).add("allowedTypes", Json.createArrayBuilder().add("text/html")).build());
        assertEquals(422, unknown.status(), unknown::toString);
        assertEquals(403, agent.put("api/v1/bots/" + botId + "/files", Json.createObjectBuilder()
                .add("maxBytes", 1024).add("allowedTypes", Json.createArrayBuilder()).build()).status());
    }

    @Test
    void aLargeFileIsStoredInChunksAndComesBackWhole() throws Exception {
        byte[] pdf = Samples.pdf(3 * 1024 * 1024 + 17);

        ApiResponse sent = agent.postBytes(files("manual.pdf"), "application/pdf", pdf);

        assertEquals(201, sent.status(), sent::toString);
        JsonObject file = sent.object().getJsonArray("files").getJsonObject(0);
        assertEquals("application/pdf", file.getString("mimeType"));
        assertEquals(7, Database.count("SELECT COUNT(*) FROM attachment_chunk c JOIN attachment a ON a.id = c.attachment_id"
                + " WHERE a.token = ?", file.getString("token")), "512 KB chunks");
        HttpResponse<byte[]> download = get(file.getString("contentPath"), fixture.token("admin", "livechat-demo"), null);
        assertArrayEquals(pdf, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"),
                "anything but an image downloads");
    }

    @Test
    void aVisitorsFileReachesTheAgentsAndOnlyTheirOwnSessionOpensIt() throws Exception {
        ApiResponse settings = fixture.admin().put("api/v1/bots/" + botId + "/widget", Json.createObjectBuilder()
                .add("allowedOrigins", Json.createArrayBuilder().add(ORIGIN)).build());
        String key = settings.object().getString("widgetKey");
        JsonObject session = widgetSession(key);
        assertEquals(25 * 1024 * 1024, session.getJsonObject("files").getInt("maxBytes"));
        String visitor = session.getString("token");
        byte[] pdf = Samples.pdf(2000);

        HttpResponse<String> sent = CLIENT.send(HttpRequest.newBuilder(URI.create(widget("files", key) + "&name=terms%20v2.pdf"))
                .header("Origin", ORIGIN).header("Authorization", "Bearer " + visitor)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(201, sent.statusCode(), sent::body);
        JsonObject message = Json.createReader(new StringReader(sent.body())).readObject().getJsonObject("message");
        assertEquals("USER", message.getString("sender"));
        JsonObject file = message.getJsonArray("files").getJsonObject(0);
        assertEquals("terms v2.pdf", file.getString("fileName"));
        String token = file.getString("token");
        long conversationOfVisitor = Database.count("SELECT m.conversation_id FROM message m JOIN attachment a"
                + " ON a.message_id = m.id WHERE a.token = ?", token);
        assertTrue(fixture.admin().get("api/v1/conversations/" + conversationOfVisitor + "/messages").body()
                .contains("\"fileName\":\"terms v2.pdf\""), "the agents see it");

        URI download = widget("files/" + token, key);
        HttpResponse<byte[]> own = get(download, visitor);
        assertEquals(200, own.statusCode());
        assertArrayEquals(pdf, own.body());
        assertEquals(ORIGIN, own.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("attachment; filename=\"terms v2.pdf\"; filename*=UTF-8''terms%20v2.pdf",
                own.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(404, get(download, widgetSession(key).getString("token")).statusCode(), "another visitor");
        assertEquals(403, get(download, null).statusCode(), "no session");
        assertEquals(404, get(widget("files/" + "0".repeat(64), key), visitor).statusCode());
        assertEquals(200, get("api/v1/files/" + token, fixture.token("admin", "livechat-demo"), null).statusCode());
    }

    private String files(String name) {
        return "api/v1/conversations/" + conversation + "/files?fileName=" + name;
    }

    private long messages() {
        return Database.count("SELECT COUNT(*) FROM message WHERE conversation_id = ?", conversation);
    }

    private JsonObject widgetSession(String key) throws Exception {
        HttpResponse<String> started = CLIENT.send(HttpRequest.newBuilder(widget("sessions", key)).header("Origin", ORIGIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, started.statusCode(), started::body);
        return Json.createReader(new StringReader(started.body())).readObject();
    }

    private URI widget(String path, String key) {
        return URI.create(Api.site(base) + "widget/api/" + path + "?key=" + key);
    }

    private HttpResponse<byte[]> get(URI uri, String visitorToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Origin", ORIGIN);
        if (visitorToken != null) {
            request.header("Authorization", "Bearer " + visitorToken);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String bearer, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(fixture.anonymous().uri(path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
