package io.livechat.call.control;

import io.livechat.call.boundary.ProviderRefusedException;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * EnableX's Server API as far as calls need it, with the project's App ID and App Key as HTTP Basic
 * credentials: what the project allows, a room per call, and a token per participant. Every answer
 * EnableX gives is a JSON object whose {@code result} is 0 on success.
 */
@ApplicationScoped
public class EnablexApi {

    /** What a project allows: audio calls need its video or voice service, video calls its video service. */
    public record Allowances(boolean audio, boolean video) {
    }

    private static final Logger LOG = Logger.getLogger(EnablexApi.class.getName());

    @Inject
    private EnablexConfig config;

    // HTTP/1.1: over plain http (a test's stand-in, a proxy) HTTP/2 would first try an h2c upgrade.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** {@code GET {projects}/{appId}}: checks the credentials and reads the project's services. */
    public Allowances allowances(String appId, String appKey) {
        JsonObject answer = call(appId, appKey, HttpRequest.newBuilder(
                URI.create(config.projects() + URLEncoder.encode(appId, StandardCharsets.UTF_8))).GET(), false);
        JsonObject project = answer.containsKey("project") ? answer.getJsonObject("project") : answer;
        JsonObject services = project.containsKey("services_incl") ? project.getJsonObject("services_incl")
                : JsonObject.EMPTY_JSON_OBJECT;
        boolean video = services.getBoolean("video", false);
        return new Allowances(video || services.getBoolean("voice", false), video);
    }

    /** {@code POST {api}/rooms}: an ad-hoc room for two, for one call; returns its id. */
    public String createRoom(String appId, String appKey, String name, String owner) {
        JsonObject room = Jsonp.createObjectBuilder().add("name", name).add("owner_ref", owner)
                .add("settings", Jsonp.createObjectBuilder().add("mode", "group").add("scheduled", false)
                        .add("adhoc", true).add("participants", "2").add("duration", "60")
                        .add("auto_recording", false).add("quality", "SD"))
                .build();
        JsonObject answer = call(appId, appKey, post(config.api() + "rooms", room), true);
        String roomId = answer.containsKey("room") ? answer.getJsonObject("room").getString("room_id", null) : null;
        if (roomId == null) {
            throw new ConflictException("call-provider-failed", "EnableX answered without a room id");
        }
        return roomId;
    }

    /** {@code POST {api}/rooms/{roomId}/tokens}: the token one participant joins the room with. */
    public String token(String appId, String appKey, String roomId, String role, String name, String userRef) {
        JsonObject request = Jsonp.createObjectBuilder().add("name", name).add("role", role).add("user_ref", userRef).build();
        JsonObject answer = call(appId, appKey,
                post(config.api() + "rooms/" + URLEncoder.encode(roomId, StandardCharsets.UTF_8) + "/tokens", request), true);
        String token = answer.getString("token", null);
        if (token == null) {
            throw new ConflictException("call-provider-failed", "EnableX answered without a token");
        }
        return token;
    }

    private static HttpRequest.Builder post(String url, JsonObject body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    /** The answer, if EnableX gave one; the video routes' answers also carry {@code result} 0 on success. */
    private JsonObject call(String appId, String appKey, HttpRequest.Builder request, boolean videoRoute) {
        String credentials = Base64.getEncoder().encodeToString((appId + ":" + appKey).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(config.timeout()).header("Accept", "application/json")
                    .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.log(Level.INFO, "EnableX did not answer: {0}", e.toString());
            throw new ConflictException("call-provider-failed", "EnableX could not be reached; try again in a moment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("call-provider-failed", "Interrupted while asking EnableX");
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new ProviderRefusedException("EnableX does not accept this App ID and App Key");
        }
        JsonObject answer = parse(response.body());
        if (response.statusCode() / 100 != 2 || videoRoute && answer.getInt("result", -1) != 0) {
            String error = answer.getString("error", answer.getString("desc", "HTTP " + response.statusCode()));
            LOG.log(Level.INFO, "EnableX refused a request: {0} {1}", new Object[] {response.statusCode(), error});
            throw new ConflictException("call-provider-failed", "EnableX refused: " + error);
        }
        return answer;
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
