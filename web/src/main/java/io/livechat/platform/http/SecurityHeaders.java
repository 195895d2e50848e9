package io.livechat.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer carries: a Content-Security-Policy that lets the consoles load only what
 * this server serves and be framed by nobody, and no content sniffing. Set on every answer, API and
 * widget too: on JSON and scripts they change nothing, and one rule is easier to trust than a list of
 * paths. The widget's loader runs on customer sites under their policy, not this one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = policy("", "");

    /** The policy with the origins calls through EnableX need, once read from the configuration. */
    private static volatile String policy;

    static String policy(String extraScripts, String extraConnections) {
        return String.join("; ",
            "default-src 'self'",
            // PrimeFaces renders every widget with an inline script and runs ajax callbacks through eval.
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'" + extraScripts,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            // 'self' takes in ws: and wss: to this host: the consoles' push socket.
            "connect-src 'self'" + extraConnections,
            // Calls show their streams in video elements (srcObject, blob: for the SDK's players).
            "media-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");
    }

    /**
     * The policy this server sends: with EnableX's browser SDK configured
     * ({@code livechat.enablex.sdk.url}), the consoles may load it and reach EnableX
     * ({@code livechat.enablex.connect-src}, its media and signalling servers).
     */
    static String policy() {
        String current = policy;
        if (current == null) {
            current = CONTENT_SECURITY_POLICY;
            try {
                Config config = ConfigProvider.getConfig();
                Optional<String> sdk = config.getOptionalValue("livechat.enablex.sdk.url", String.class)
                        .filter(url -> !url.isBlank());
                if (sdk.isPresent()) {
                    URI uri = URI.create(sdk.get());
                    String origin = uri.getScheme() == null ? "" : " " + uri.getScheme() + "://" + uri.getRawAuthority();
                    current = policy(origin, " " + config.getOptionalValue("livechat.enablex.connect-src", String.class)
                            .orElse("https://*.enablex.io wss://*.enablex.io") + origin);
                }
            } catch (IllegalStateException | IllegalArgumentException e) {
                // No configuration to read (a plain test): the base policy.
            }
            policy = current;
        }
        return current;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/console/") && path.endsWith(".xhtml")) {
            // A console page is never kept: Back after signing out asks the server, which sends the login page.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /**
     * Puts the headers on the answer. Also called by the authentication mechanism, which runs before
     * any filter and ends some answers itself (a 401 on the API, the redirect to the login page).
     */
    public static void addTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", policy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // For browsers that predate frame-ancestors.
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
