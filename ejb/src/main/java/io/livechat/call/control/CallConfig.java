package io.livechat.call.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calls' configuration (MicroProfile Config, so also {@code LIVECHAT_CALL_*} environment variables).
 * Without STUN or TURN servers the built-in calls reach peers on the same network only, which is
 * all a browser on one machine or one LAN needs.
 */
@ApplicationScoped
public class CallConfig {

    @Inject
    @ConfigProperty(name = "livechat.call.ring.timeout", defaultValue = "PT45S")
    Duration ringTimeout;

    // Comma-separated text: Payara's config producer does not inject Optional<List<String>>.
    @Inject
    @ConfigProperty(name = "livechat.call.stun.urls")
    Optional<String> stunUrls;

    @Inject
    @ConfigProperty(name = "livechat.call.turn.urls")
    Optional<String> turnUrls;

    @Inject
    @ConfigProperty(name = "livechat.call.turn.username")
    Optional<String> turnUsername;

    @Inject
    @ConfigProperty(name = "livechat.call.turn.credential")
    Optional<String> turnCredential;

    /** How long a call rings before it counts as missed. */
    public Duration ringTimeout() {
        return ringTimeout;
    }

    public List<String> stunUrls() {
        return list(stunUrls);
    }

    public List<String> turnUrls() {
        return list(turnUrls);
    }

    private static List<String> list(Optional<String> urls) {
        return urls.stream().flatMap(text -> Arrays.stream(text.split(","))).map(String::strip)
                .filter(url -> !url.isEmpty()).toList();
    }

    public Optional<String> turnUsername() {
        return turnUsername.filter(name -> !name.isBlank());
    }

    public Optional<String> turnCredential() {
        return turnCredential.filter(credential -> !credential.isBlank());
    }
}
