package io.livechat.channel.whatsapp.control;

import io.livechat.shared.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Meta's Graph API as far as the channel needs it: send a message, upload a file to send, and fetch
 * a file a user sent.
 * Every call carries the bot's access token and gives up after the configured timeout, so a slow
 * Graph API delays a send and never blocks the server.
 */
@ApplicationScoped
public class GraphApi {

    private static final Logger LOG = Logger.getLogger(GraphApi.class.getName());

    @Inject
    private WhatsappSettings settings;

    // HTTP/1.1: over plain http (a test's or a proxy's Graph API) HTTP/2 would first try an h2c upgrade.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** {@code POST {graph}/{version}/{phone-number-id}/messages}. */
    public SendOutcome send(String phoneNumberId, String accessToken, JsonObject message) {
        HttpRequest request = request(URI.create(settings.graphBase() + phoneNumberId + "/messages"), accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return SendOutcome.of(response.statusCode(), response.body());
        } catch (IOException e) {
            LOG.log(Level.INFO, "Graph API did not answer a send: {0}", e.toString());
            return SendOutcome.unknown("WhatsApp did not answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.unknown("Interrupted while sending");
        }
    }

    /** {@code POST {graph}/{version}/{phone-number-id}/media}, multipart, as WhatsApp wants files before sending them. */
    UploadOutcome upload(String phoneNumberId, String accessToken, String mimeType, String fileName, long size,
                         Supplier<InputStream> content) {
        String boundary = "livechat-" + UUID.randomUUID();
        String name = fileName == null ? "file" : fileName.replace("\"", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mimeType + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + mimeType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = request(URI.create(settings.graphBase() + phoneNumberId + "/media"), accessToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                // Streamed from the store with its length: some servers refuse chunked multipart bodies.
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                content.get(), new ByteArrayInputStream(tail))))), head.length + size + tail.length))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                try (JsonReader reader = Jsonp.createReader(new java.io.StringReader(response.body()))) {
                    String id = reader.readObject().getString("id", null);
                    if (id != null) {
                        return UploadOutcome.uploaded(id);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "Unreadable answer to a media upload: {0}", e.toString());
                }
                return UploadOutcome.failed(SendOutcome.retry("WhatsApp answered an upload without a media id"));
            }
            return UploadOutcome.failed(SendOutcome.of(response.statusCode(), response.body()));
        } catch (IOException e) {
            LOG.log(Level.INFO, "Graph API did not answer an upload: {0}", e.toString());
            return UploadOutcome.failed(SendOutcome.retry("WhatsApp did not answer an upload: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UploadOutcome.failed(SendOutcome.retry("Interrupted while uploading"));
        }
    }

    /** Looks the media up ({@code GET /{media-id}}) and downloads it from the URL Meta gives. */
    public MediaFile download(String mediaId, String accessToken) throws IOException {
        HttpResponse<byte[]> lookup = get(URI.create(settings.graphBase() + mediaId), accessToken);
        JsonObject info;
        try (JsonReader reader = Jsonp.createReader(new ByteArrayInputStream(lookup.body()))) {
            info = reader.readObject();
        }
        String url = info.getString("url", null);
        if (url == null) {
            throw new IOException("Media " + mediaId + " has no download URL");
        }
        HttpResponse<byte[]> file = get(URI.create(url), accessToken);
        String mimeType = info.getString("mime_type", file.headers().firstValue("Content-Type").orElse(null));
        long announcedSize = info.containsKey("file_size") ? info.getJsonNumber("file_size").longValue() : -1;
        return new MediaFile(file.body(), mimeType, info.getString("sha256", null), announcedSize);
    }

    private HttpResponse<byte[]> get(URI uri, String accessToken) throws IOException {
        try {
            HttpResponse<byte[]> response = client.send(request(uri, accessToken).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("Graph API answered " + response.statusCode() + " to GET " + uri.getPath());
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private HttpRequest.Builder request(URI uri, String accessToken) {
        return HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + accessToken);
    }
}
