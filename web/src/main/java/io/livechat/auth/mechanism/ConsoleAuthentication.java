package io.livechat.auth.mechanism;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.shared.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Form login for the consoles (and the session that {@link SingleSignOn} signs people in to). The login page hands the credential over through
 * {@code SecurityContext.authenticate}; a valid one is remembered in the HTTP session (with a new
 * session id, against fixation), and a protected page without it redirects to the login page, which
 * says why the session ended ({@link SessionEnd}). An ajax request of a page whose session ended
 * gets a 401 naming the reason instead, which the page shows.
 */
@ApplicationScoped
public class ConsoleAuthentication {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String HOME = "/console/index.xhtml";
    private static final String SESSION_KEY = ConsoleAuthentication.class.getName() + ".caller";

    /** The signed-in caller as the session keeps it; their role is read afresh on every request. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Accounts accounts;

    AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return login(request, context, credential);
        }
        Optional<SessionEnd> ended = Optional.empty();
        HttpSession session = SessionCatchUp.of(request, context.isProtected()).orElse(null);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionCaller caller) {
            // Asked on every request, so that disabling a person or changing their role takes effect
            // at once, not when their session ends hours later.
            Optional<UserAccount> account = accounts.findByUsername(caller.name()).filter(UserAccount::isEnabled);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(caller.name(), Set.of(account.get().getRole().name()));
            }
            session.invalidate();
            ended = Optional.of(SessionEnd.DISABLED);
        }
        if (context.isProtected()) {
            ended = ended.or(() -> SessionEnd.of(request));
            // Kept until the next sign-in: the login page, and a page of the old session, still know why.
            ended.ifPresent(end -> end.mark(request, context.getResponse()));
            if (isAjax(request)) {
                return sessionEnded(context, ended.orElse(SessionEnd.EXPIRED));
            }
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8)
                    + ended.map(end -> "&ended=" + end.slug()).orElse(""));
        }
        return context.doNothing();
    }

    /** A page's ajax request (PrimeFaces, or a console script's own), which a redirect to the login page would only confuse. */
    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    /** The 401 that tells an open console its session ended and why (console.js shows it and offers to sign in). */
    private static AuthenticationStatus sessionEnded(HttpMessageContext context, SessionEnd end) {
        HttpServletResponse response = context.getResponse();
        response.setHeader(SessionEnd.HEADER, end.slug());
        return UnauthorizedPage.refuse(context,
                Problem.of("session-ended", 401, "The console session ended (" + end.slug() + "); sign in again"));
    }

    /** The path to continue to after signing in: only one inside this application, never an open redirect. */
    public static String localTarget(String continueTo) {
        boolean local = continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\");
        return local ? continueTo : HOME;
    }

    /** Keeps the signed-in caller in the session, under a new session id against fixation. */
    void remember(HttpMessageContext context, String name, Set<String> groups) {
        HttpServletRequest request = context.getRequest();
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, new SessionCaller(name, groups));
        SessionEnd.signedIn(request, context.getResponse());
    }

    void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String name = result.getCallerPrincipal().getName();
        Set<String> groups = Set.copyOf(result.getCallerGroups());
        remember(context, name, groups);
        return context.notifyContainerAboutLogin(name, groups);
    }
}
