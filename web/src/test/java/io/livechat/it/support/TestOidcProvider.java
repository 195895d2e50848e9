package io.livechat.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real OpenID Connect provider for the single sign-on tests (NAV's mock-oauth2-server), started
 * before the first integration test on a free loopback port that arquillian.xml hands the server as
 * {@code livechat.oidc.issuer=http://127.0.0.1:${livechat.test.oidc.port}/livechat}. Its login page
 * asks for a username and the claims to put in the tokens, as a person and their directory would.
 *
 * <p>It is also the external issuer whose access tokens the API accepts ({@code mp.jwt.verify.issuer}
 * with {@code mp.jwt.verify.publickey.location} at its JWKS), as a deployment with one identity
 * provider is configured; it can rotate its signing key as a real provider does.
 */
public class TestOidcProvider implements LauncherSessionListener {

    public static final String PROPERTY = "livechat.test.oidc.port";
    public static final String ISSUER_ID = "livechat";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static volatile RotatingKeys keys;
    private static volatile MockOAuth2Server server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Only the integration tests (failsafe names the WAR they deploy) talk to a provider.
        if (System.getProperty("livechat.test.war") == null || System.getProperty(PROPERTY) != null) {
            return;
        }
        keys = new RotatingKeys();
        server = new MockOAuth2Server(new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(keys)));
        server.start(InetAddress.getLoopbackAddress(), 0);
        System.setProperty(PROPERTY, String.valueOf(server.baseUrl().port()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutdown();
        }
    }

    /** The {@code iss} of the provider's tokens, as the server is configured to trust it (arquillian.xml). */
    public static String issuer() {
        return "http://127.0.0.1:" + System.getProperty(PROPERTY) + "/" + ISSUER_ID;
    }

    /** The key the provider signs with now, for tests that make their own tokens as it would. */
    public static PrivateKey privateKey() {
        try {
            return keys.signingKey(ISSUER_ID).toRSAKey().toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the key the provider signs with now. */
    public static String keyId() {
        return keys.signingKey(ISSUER_ID).getKeyID();
    }

    /** A new signing key: the provider's tokens name it from now on, and its JWKS lists only it. */
    public static void rotateKeys() {
        keys.rotate(ISSUER_ID);
    }

    /**
     * An access token as a client gets it from the provider's token endpoint for a person: signed with
     * the current key, with these claims (a directory's username, email, name, groups).
     */
    public static String accessToken(Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, UUID.randomUUID().toString(), "JWT",
                List.of("livechat-api"), claims, 3600));
        String client = Base64.getEncoder().encodeToString("api-client:secret".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + client)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=openid")).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The token endpoint answered " + response.statusCode() + ": "
                        + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject().getString("access_token");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The provider's own keys, one per issuer, which a test may replace by a new one. */
    private static final class RotatingKeys extends KeyProvider {

        private final Map<String, JWK> current = new ConcurrentHashMap<>();

        @Override
        public JWK signingKey(String issuerId) {
            return current.computeIfAbsent(issuerId, super::signingKey);
        }

        void rotate(String issuerId) {
            try {
                current.put(issuerId, new RSAKeyGenerator(2048).keyID(issuerId + "-" + UUID.randomUUID())
                        .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate());
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
