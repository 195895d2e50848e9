package io.livechat.bench.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unique, signed WhatsApp text webhooks in Meta's shape (the fixture in resources/whatsapp/text.json,
 * with its ids, sender and text replaced). Every webhook has a new wamid, as Meta's have. Half come
 * from senders never seen before (a new contact and conversation each), half from a pool of
 * {@value #POOL} senders of this run, who write again and again (existing conversations).
 */
public final class WebhookBodies {

    static final int POOL = 500;
    private static final String VALUE = "/entry/0/changes/0/value";

    private final JsonObject template;
    private final Mac mac;
    private final String runId;
    private final String runDigits;

    public WebhookBodies(String appSecret, String runId) {
        this.template = template();
        this.runId = runId;
        // Digits of this run in every wa_id, so the "new" senders of one run are new to the server.
        this.runDigits = String.format(Locale.ROOT, "%06d", System.currentTimeMillis() / 1000 % 1_000_000);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed webhook: the body's bytes and the hex HMAC-SHA256 that goes in X-Hub-Signature-256. */
    public record Signed(String signature, byte[] body) {
    }

    /** The wamids of a batch start with this; the harness counts the batch's messages in the transcript by it. */
    public String wamidPrefix(int batch) {
        return "wamid.bench-" + runId + "-" + batch + "-";
    }

    /** Writes {@code count} webhooks of the batch to a file, one "signature TAB body" a line, for bench.lua. */
    public void write(Path file, int batch, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Signed signed = signed(batch, i);
                out.write(signed.signature());
                out.write('\t');
                out.write(new String(signed.body(), StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
    }

    /** The i-th webhook of the batch: odd ones from the pool, spread over all of it. Not thread-safe (one Mac). */
    public Signed signed(int batch, int i) {
        String sender = i % 2 == 0
                ? "9" + runDigits + batch + String.format(Locale.ROOT, "%07d", i)
                : "8" + runDigits + "0" + String.format(Locale.ROOT, "%07d", (i / 2 * 7919L) % POOL);
        JsonPatch patch = Json.createPatchBuilder()
                .replace(VALUE + "/contacts/0/profile/name", "Bench " + sender.substring(sender.length() - 5))
                .replace(VALUE + "/contacts/0/wa_id", sender)
                .replace(VALUE + "/messages/0/from", sender)
                .replace(VALUE + "/messages/0/id", wamidPrefix(batch) + i)
                .replace(VALUE + "/messages/0/timestamp", Long.toString(System.currentTimeMillis() / 1000))
                .replace(VALUE + "/messages/0/text/body", "Load test message " + i + " of batch " + batch)
                .build();
        byte[] body = patch.apply(template).toString().getBytes(StandardCharsets.UTF_8);
        return new Signed(HexFormat.of().formatHex(mac.doFinal(body)), body);
    }

    private static JsonObject template() {
        try (InputStream in = WebhookBodies.class.getResourceAsStream("/whatsapp/text.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
