package io.livechat.bench.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookBodiesTest {

    private static final String SECRET = "test-app-secret";
    private static final String VALUE = "/entry/0/changes/0/value";

    @Test
    void eachBodyIsSignedWithTheAppSecretOverItsExactBytes() throws Exception {
        WebhookBodies.Signed signed = new WebhookBodies(SECRET, "run1").signed(1, 7);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals(HexFormat.of().formatHex(mac.doFinal(signed.body())), signed.signature());
    }

    @Test
    void keepsMetasShapeWithANewWamidAndTheBotsNumber() {
        WebhookBodies bodies = new WebhookBodies(SECRET, "run1");
        JsonObject body = json(bodies.signed(2, 5));
        assertEquals("106540352242922", body.getValue(VALUE + "/metadata/phone_number_id").toString().replace("\"", ""));
        assertEquals("\"" + bodies.wamidPrefix(2) + "5\"", body.getValue(VALUE + "/messages/0/id").toString());
        assertEquals(body.getValue(VALUE + "/contacts/0/wa_id"), body.getValue(VALUE + "/messages/0/from"));
    }

    @Test
    void halfTheSendersAreNewAndHalfWriteAgain() {
        WebhookBodies bodies = new WebhookBodies(SECRET, "run1");
        Set<String> senders = new HashSet<>();
        int count = 4 * WebhookBodies.POOL;
        for (int i = 0; i < count; i++) {
            senders.add(json(bodies.signed(1, i)).getValue(VALUE + "/messages/0/from").toString());
        }
        assertEquals(count / 2 + WebhookBodies.POOL, senders.size());
    }

    @Test
    void writesOneSignatureTabBodyLinePerWebhook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bodies.tsv");
        new WebhookBodies(SECRET, "run1").write(file, 1, 3);
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        Set<String> wamids = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            assertEquals(2, parts.length);
            assertEquals(64, parts[0].length());
            wamids.add(Json.createReader(new java.io.StringReader(parts[1])).readObject()
                    .getValue(VALUE + "/messages/0/id").toString());
        }
        assertEquals(3, wamids.size());
        assertNotEquals(lines.get(0), lines.get(1));
        assertTrue(lines.get(0).contains("Load test message 0"));
    }

    private static JsonObject json(WebhookBodies.Signed signed) {
        return Json.createReader(new ByteArrayInputStream(signed.body())).readObject();
    }
}
