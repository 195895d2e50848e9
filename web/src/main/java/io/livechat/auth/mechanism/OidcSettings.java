package io.livechat.auth.mechanism;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Single sign-on through an OpenID Connect provider, configured with MicroProfile Config:
 * {@code livechat.oidc.issuer}, {@code .client-id}, {@code .client-secret}; optionally
 * {@code .groups-claim} (default {@code groups}), {@code .scopes} (default {@code openid profile email})
 * and {@code .redirect-uri} (default: this server's {@code /sso/callback} as the browser reached it).
 * Without issuer, client id and secret there is no single sign-on at all.
 */
@ApplicationScoped
class OidcSettings {

    private static final String PREFIX = "livechat.oidc.";

    @Inject
    private Config config;

    boolean enabled() {
        return value("issuer").isPresent() && value("client-id").isPresent() && value("client-secret").isPresent();
    }

    /** The configured issuer without a trailing slash, as discovery and the ID token are compared with it. */
    String issuer() {
        return value("issuer").orElseThrow().replaceAll("/+$", "");
    }

    String clientId() {
        return value("client-id").orElseThrow();
    }

    String clientSecret() {
        return value("client-secret").orElseThrow();
    }

    /** The claim whose values name the person's groups: ADMIN, MANAGER or AGENT, in any case. */
    String groupsClaim() {
        return value("groups-claim").orElse("groups");
    }

    /** The scopes to ask for, always with {@code openid}. */
    String scopes() {
        String scopes = value("scopes").orElse("openid profile email");
        return scopes.matches("(^|.*\\s)openid(\\s.*|$)") ? scopes : "openid " + scopes;
    }

    /** Where the provider sends the browser back, when a proxy makes the request's own URL the wrong one. */
    Optional<String> redirectUri() {
        return value("redirect-uri");
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(PREFIX + name, String.class).filter(value -> !value.isBlank());
    }
}
