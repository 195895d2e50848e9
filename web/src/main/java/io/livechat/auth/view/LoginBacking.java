package io.livechat.auth.view;

import io.livechat.agent.boundary.Accounts;
import io.livechat.auth.boundary.LoginThrottle;
import io.livechat.auth.mechanism.ConsoleAuthentication;
import io.livechat.auth.mechanism.SessionEnd;
import io.livechat.auth.mechanism.SingleSignOn;
import io.livechat.console.Texts;
import io.livechat.platform.http.ClientAddress;
import io.livechat.shared.boundary.RateLimitedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The login page: hands the typed credential to the authentication mechanism, then continues; offers
 * single sign-on when a provider is configured, and says why a single sign-on was refused.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final String LOGIN_PAGE = "/login.xhtml";
    /** The reasons single sign-on sends back in {@code ?sso=}; anything else is ignored. */
    private static final Set<String> SSO_PROBLEMS = Set.of("failed", "no-role", "disabled");

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Accounts accounts;

    @Inject
    private SingleSignOn singleSignOn;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String continueTo;

    private String ssoProblem;

    private String ended;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = clientAddress.of(request);
        Optional<Duration> wait;
        try {
            throttle.check(address);
            wait = accounts.loginBlockedFor(username);
        } catch (RateLimitedException e) {
            wait = Optional.of(e.retryAfter());
        }
        if (wait.isPresent()) {
            Texts.error("login.throttled", RateLimitedException.seconds(wait.get()));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + ConsoleAuthentication.localTarget(continueTo));
            faces.responseComplete();
        } else {
            throttle.failed(address);
            Texts.error("login.failed");
        }
    }

    /** Ends the local session; a person who came through single sign-on is signed out at the provider too. */
    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String loginPage = external.getRequestContextPath() + LOGIN_PAGE;
        String origin = request.getRequestURL().substring(0,
                request.getRequestURL().length() - request.getRequestURI().length());
        Optional<String> provider = singleSignOn.endSessionUrl(request, origin + loginPage);
        // The person's other tabs learn from it, at their next request, that they signed out: marked
        // first, as going offline makes their consoles ask the server at once.
        SessionEnd.SIGNED_OUT.mark(request, (HttpServletResponse) external.getResponse());
        accounts.signOut(); // offline at once: a person who signed out takes no handovers
        request.logout();
        external.invalidateSession();
        external.redirect(provider.orElse(loginPage));
    }

    /**
     * The view action: the reason a single sign-on came back refused, or why the session of the page
     * that sent the person here ended, as a message of the page.
     */
    public void showSsoProblem() {
        if (ssoProblem != null && SSO_PROBLEMS.contains(ssoProblem)) {
            Texts.error("login.sso." + ssoProblem);
        }
        SessionEnd.ofSlug(ended).ifPresent(end -> Texts.warn("session.ended." + end.slug()));
    }

    /** How the person's earlier session ended ({@code signed-out}, ...), when they signed in again since; else empty. */
    public String getPreviousEnd() {
        return SessionEnd.previous((HttpServletRequest) faces.getExternalContext().getRequest())
                .map(SessionEnd::slug).orElse("");
    }

    public boolean isSingleSignOn() {
        return singleSignOn.enabled();
    }

    /** The request that starts single sign-on and comes back to where the person wanted to go. */
    public String getSingleSignOnUrl() {
        return faces.getExternalContext().getRequestContextPath()
                + SingleSignOn.loginPath(ConsoleAuthentication.localTarget(continueTo));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getEnded() {
        return ended;
    }

    public void setEnded(String ended) {
        this.ended = ended;
    }

    public String getSsoProblem() {
        return ssoProblem;
    }

    public void setSsoProblem(String ssoProblem) {
        this.ssoProblem = ssoProblem;
    }
}
