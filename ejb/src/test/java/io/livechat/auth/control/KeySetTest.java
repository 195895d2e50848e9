package io.livechat.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key set of a provider that publishes its JWKS over HTTP, as a real one does, and rotates it. */
class KeySetTest {

    private HttpServer provider;
    private final AtomicInteger reads = new AtomicInteger();
    private volatile String published;
    private final MovableClock clock = new MovableClock();
    private KeySet keys;

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/jwks", exchange -> {
            reads.incrementAndGet();
            byte[] body = published.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        URI jwks = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks");
        keys = new KeySet("the test provider", () -> {
            try (InputStream in = jwks.toURL().openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }, clock);
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    @Test
    void aTokenOfARotatedKeyReadsTheSetAgainAndIsVerified() throws Exception {
        PublicKey first = rsaKey();
        published = jwks("k1", first);
        assertEquals(1, keys.load());
        assertEquals(Optional.of(first), keys.key(Optional.of("k1")));

        PublicKey second = rsaKey();
        published = jwks("k2", second);
        assertEquals(Optional.of(second), keys.key(Optional.of("k2")), "the new key, read at once");
        assertEquals(Optional.empty(), keys.key(Optional.of("k1")), "the retired key is gone");
        assertEquals(2, reads.get());
    }

    @Test
    void madeUpKeyIdsReadTheSetOncePerInterval() throws Exception {
        published = jwks("k1", rsaKey());
        keys.load();
        for (int i = 0; i < 50; i++) {
            assertEquals(Optional.empty(), keys.key(Optional.of("forged-" + i)));
        }
        assertEquals(2, reads.get(), "the load and one read for the first unknown key");

        PublicKey rotated = rsaKey();
        published = jwks("k2", rotated);
        clock.advance(KeySet.REFRESH_INTERVAL.minusSeconds(1));
        assertEquals(Optional.empty(), keys.key(Optional.of("k2")), "within the interval the set is not read");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.of(rotated), keys.key(Optional.of("k2")), "after it, the next unknown key reads it");
        assertEquals(3, reads.get());
    }

    @Test
    void aKnownKeyNeverReadsTheSetAndAFailedReadKeepsTheKeys() throws Exception {
        PublicKey only = rsaKey();
        published = jwks("k1", only);
        keys.load();
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.of(only), keys.key(Optional.of("k1")));
            assertEquals(Optional.of(only), keys.key(Optional.empty()), "the single key serves a token without kid");
        }
        assertEquals(1, reads.get());

        published = "not a key set";
        assertEquals(Optional.empty(), keys.key(Optional.of("k9")));
        assertEquals(Optional.of(only), keys.key(Optional.of("k1")), "still the key it had");
    }

    private static PublicKey rsaKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }

    private static String jwks(String kid, PublicKey key) {
        RSAPublicKey rsa = (RSAPublicKey) key;
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + kid + "\",\"n\":\""
                + unsigned(rsa.getModulus().toByteArray()) + "\",\"e\":\""
                + unsigned(rsa.getPublicExponent().toByteArray()) + "\"}]}";
    }

    private static String unsigned(byte[] twosComplement) {
        int skip = twosComplement[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOfRange(twosComplement, skip, twosComplement.length));
    }

    /** Time that moves only when the test says so. */
    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-01-10T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
