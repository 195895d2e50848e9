package io.livechat.auth.mechanism;

import io.livechat.platform.http.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one authentication mechanism of this web module (Jakarta Security 3 installs one per module),
 * routing each request to the way its kind of caller proves who they are:
 * <ul>
 * <li>{@code /api/*}: a bearer token, a MicroProfile JWT or a bot token ({@link BearerAuthentication});</li>
 * <li>{@code /sso/*}: OpenID Connect single sign-on for the consoles, when a provider is configured
 * ({@link SingleSignOn}, which says why it is not Jakarta Security's own OpenID mechanism);</li>
 * <li>the consoles: a form login kept in the HTTP session ({@link ConsoleAuthentication});</li>
 * <li>the widget and the webhooks: no user at all; those endpoints check their own credentials, and
 * a request there that is not for a protected resource simply passes.</li>
 * </ul>
 */
@ApplicationScoped
public class LiveChatAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PATH = "/api/";

    @Inject
    private BearerAuthentication bearer;

    @Inject
    private ConsoleAuthentication console;

    @Inject
    private SingleSignOn singleSignOn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.addTo(response);
        String path = pathOf(request);
        if (path.startsWith(API_PATH)) {
            return bearer.validate(request, context);
        }
        if (SingleSignOn.handles(path)) {
            return singleSignOn.validate(request, path, context);
        }
        return console.validate(request, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        console.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
