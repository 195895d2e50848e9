package io.livechat.auth.mechanism;

import io.livechat.auth.control.Jws;
import io.livechat.auth.control.KeySet;
import io.livechat.shared.json.Jsonp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The OpenID Connect provider as the server talks to it: its discovery document, its signing keys
 * (JWKS, read again when a token names a key not seen yet: the provider rotated its keys),
 * and the token endpoint that turns an authorization code into tokens.
 */
@ApplicationScoped
class OidcProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private OidcSettings settings;

    @Inject
    private Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private volatile JsonObject discovery;

    private KeySet keys;

    @PostConstruct
    void keySet() {
        keys = new KeySet("the single sign-on provider", () -> get(endpoint("jwks_uri")).toString(), clock);
    }

    /** The discovery document, read once; its issuer must be the configured one. */
    JsonObject discovery() throws OidcException {
        JsonObject known = discovery;
        if (known == null) {
            known = get(settings.issuer() + "/.well-known/openid-configuration");
            if (!settings.issuer().equals(known.getString("issuer", "").replaceAll("/+$", ""))) {
                throw new OidcException("The discovery document names another issuer: " + known.getString("issuer", ""));
            }
            discovery = known;
        }
        return known;
    }

    String endpoint(String name) throws OidcException {
        return Optional.ofNullable(discovery().getString(name, null))
                .orElseThrow(() -> new OidcException("The provider has no " + name));
    }

    Optional<String> endSessionEndpoint() {
        try {
            return Optional.ofNullable(discovery().getString("end_session_endpoint", null));
        } catch (OidcException e) {
            return Optional.empty();
        }
    }

    /** The key that signed a token; the key set is read again for an unknown key id ({@link KeySet}). */
    Optional<PublicKey> key(Optional<String> kid) {
        return keys.key(kid);
    }

    /** Redeems the code at the token endpoint (client_secret_basic, with the PKCE verifier); the raw ID token. */
    String redeem(String code, String redirectUri, String codeVerifier) throws OidcException {
        String form = Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                        "code_verifier", codeVerifier).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String client = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint"))).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonObject tokens = send(request);
        return Optional.ofNullable(tokens.getString("id_token", null))
                .orElseThrow(() -> new OidcException("The token response has no id_token"));
    }

    /** The token's claims if its signature is the provider's; its contents are not checked here. */
    JsonObject verifiedClaims(String idToken) throws OidcException {
        Jws.Parsed parsed = Jws.parse(idToken).orElseThrow(() -> new OidcException("The ID token is not an RS256 JWS"));
        PublicKey key = key(parsed.kid()).orElseThrow(() -> new OidcException("The ID token's key is not the provider's"));
        if (!parsed.verifiedBy(key)) {
            throw new OidcException("The ID token's signature is wrong");
        }
        return parsed.claims();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonObject get(String url) throws OidcException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json")
                .GET().build());
    }

    private JsonObject send(HttpRequest request) throws OidcException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcException(request.uri() + " answered " + response.statusCode());
            }
            try (JsonReader reader = Jsonp.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | RuntimeException e) {
            throw new OidcException(request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException(request.uri() + " was interrupted");
        }
    }
}
