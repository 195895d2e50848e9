package io.livechat.it.whatsapp;

import io.livechat.it.support.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Calls the webhook as Meta does: the exact payload bytes, signed with the app secret the server has (arquillian.xml). */
final class Webhook {

    static final String APP_SECRET = "it-whatsapp-app-secret";
    static final String VERIFY_TOKEN = "it-whatsapp-verify-token";
    /** The phone number id and wamids in the stored fixtures, replaced per test so tests do not share them. */
    static final String FIXTURE_NUMBER = "106540352242922";
    static final String FIXTURE_USER = "16505551234";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI uri;

    Webhook(URL base) {
        this.uri = URI.create(Api.site(base)).resolve("webhooks/whatsapp");
    }

    HttpResponse<String> post(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return send(request.build());
    }

    HttpResponse<String> postSigned(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, sign(bytes));
    }

    HttpResponse<String> verify(String query) {
        return send(HttpRequest.newBuilder(URI.create(uri + "?" + query)).GET().build());
    }

    static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored fixture, for this test's number and user, with wamids made unique by the suffix. */
    static String fixture(String name, String phoneNumberId, String waId, String suffix) {
        try (InputStream in = Webhook.class.getResourceAsStream("/whatsapp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(FIXTURE_NUMBER, phoneNumberId)
                    .replace(FIXTURE_USER, waId)
                    .replaceAll("(wamid\\.[A-Za-z0-9+/=_-]+)", "$1-" + suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A phone number id nobody else uses (digits only, as Meta's are). */
    static String number() {
        return String.valueOf(100_000_000_000_000L + (long) (Math.random() * 800_000_000_000_000L));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
