package io.livechat.call.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where EnableX is: its Server API (rooms and tokens), the project information that says what a
 * project allows, and the browser SDK the consoles and the widget load. Without an SDK address there
 * are no EnableX calls: a bot cannot be switched to EnableX.
 */
@ApplicationScoped
public class EnablexConfig {

    @Inject
    @ConfigProperty(name = "livechat.enablex.api.url", defaultValue = "https://api.enablex.io/video/v2")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "livechat.enablex.project.url", defaultValue = "https://api.enablex.io/cpaas/projects")
    String projectUrl;

    @Inject
    @ConfigProperty(name = "livechat.enablex.sdk.url")
    Optional<String> sdkUrl;

    @Inject
    @ConfigProperty(name = "livechat.enablex.timeout", defaultValue = "PT10S")
    Duration timeout;

    /** The Server API's base, ending in a slash. */
    public String api() {
        return apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** The project route's base, ending in a slash. */
    public String projects() {
        return projectUrl.endsWith("/") ? projectUrl : projectUrl + "/";
    }

    public Optional<String> sdkUrl() {
        return sdkUrl.filter(url -> !url.isBlank());
    }

    public Duration timeout() {
        return timeout;
    }
}
