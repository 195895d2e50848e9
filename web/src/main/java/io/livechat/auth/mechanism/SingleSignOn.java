package io.livechat.auth.mechanism;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.boundary.SingleSignOnIdentity;
import io.livechat.agent.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Single sign-on for the consoles: OpenID Connect's authorization code flow with state, nonce and
 * PKCE (S256), done inside {@link LiveChatAuthenticationMechanism}. {@code /sso/login} sends the
 * browser to the provider; {@code /sso/callback} redeems the code, checks the ID token (signature
 * against the provider's JWKS, issuer, audience, expiry, nonce) and signs the person in like the
 * form login does.
 *
 * <p>Why not Jakarta Security's {@code @OpenIdAuthenticationMechanismDefinition}: Jakarta Security 3
 * (Jakarta EE 10, Soteria in Payara 6) puts exactly one {@code HttpAuthenticationMechanism} in
 * service per module, and two make the deployment fail; this module already needs its own for the
 * API's bearer tokens. Choosing or delegating between mechanisms (qualifiers and
 * {@code HttpAuthenticationMechanismHandler}) arrives only with Jakarta Security 4 (Jakarta EE 11),
 * and the annotation's mechanism cannot be switched off when no provider is configured.
 */
@ApplicationScoped
public class SingleSignOn {

    static final String LOGIN_PATH = "/sso/login";
    static final String CALLBACK_PATH = "/sso/callback";
    private static final String PENDING_KEY = SingleSignOn.class.getName() + ".pending";
    private static final String ID_TOKEN_KEY = SingleSignOn.class.getName() + ".idToken";
    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the callback must find again: kept in the session between the two redirects. */
    record Pending(String state, String nonce, String codeVerifier, String redirectUri, String continueTo)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    private OidcSettings settings;

    @Inject
    private OidcProvider provider;

    @Inject
    private ConsoleAuthentication console;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    /** Whether a provider is configured: the login page shows its button only then. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** The path of the request that starts single sign-on and then continues to the local path. */
    public static String loginPath(String continueTo) {
        return LOGIN_PATH + "?continue=" + OidcProvider.encode(continueTo);
    }

    static boolean handles(String path) {
        return path.equals(LOGIN_PATH) || path.equals(CALLBACK_PATH);
    }

    AuthenticationStatus validate(HttpServletRequest request, String path, HttpMessageContext context) {
        if (!enabled()) {
            return context.responseNotFound();
        }
        try {
            return path.equals(LOGIN_PATH) ? start(request, context) : callback(request, context);
        } catch (OidcException e) {
            LOG.log(Level.WARNING, "Single sign-on refused: {0}", e.getMessage());
            return context.redirect(request.getContextPath() + ConsoleAuthentication.LOGIN_PAGE + "?sso="
                    + e.reason().parameter());
        }
    }

    /**
     * Where the browser goes after signing out locally: the provider's end_session_endpoint when the
     * person signed in through it and the provider has one, so that it signs them out as well.
     */
    public Optional<String> endSessionUrl(HttpServletRequest request, String afterLogout) {
        HttpSession session = request.getSession(false);
        if (!enabled() || session == null || !(session.getAttribute(ID_TOKEN_KEY) instanceof String idToken)) {
            return Optional.empty();
        }
        return provider.endSessionEndpoint().map(endpoint -> endpoint + (endpoint.contains("?") ? "&" : "?")
                + "id_token_hint=" + OidcProvider.encode(idToken) + "&client_id="
                + OidcProvider.encode(settings.clientId()) + "&post_logout_redirect_uri="
                + OidcProvider.encode(afterLogout));
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpMessageContext context) throws OidcException {
        Pending pending = new Pending(random(), random(), random(), redirectUri(request),
                ConsoleAuthentication.localTarget(request.getParameter("continue")));
        request.getSession(true).setAttribute(PENDING_KEY, pending);
        String url = provider.endpoint("authorization_endpoint") + "?response_type=code"
                + "&client_id=" + OidcProvider.encode(settings.clientId())
                + "&redirect_uri=" + OidcProvider.encode(pending.redirectUri())
                + "&scope=" + OidcProvider.encode(settings.scopes())
                + "&state=" + pending.state() + "&nonce=" + pending.nonce()
                + "&code_challenge=" + challenge(pending.codeVerifier()) + "&code_challenge_method=S256";
        return context.redirect(url);
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpMessageContext context) throws OidcException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING_KEY) instanceof Pending pending)) {
            throw new OidcException("A callback without a sign-on in progress");
        }
        session.removeAttribute(PENDING_KEY);
        byte[] state = String.valueOf(request.getParameter("state")).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.US_ASCII), state)) {
            throw new OidcException("The callback's state is not the one sent");
        }
        String code = request.getParameter("code");
        if (code == null) {
            throw new OidcException("The provider answered " + request.getParameter("error"));
        }
        String idToken = provider.redeem(code, pending.redirectUri(), pending.codeVerifier());
        SingleSignOnIdentity identity = IdTokenClaims.identity(provider.verifiedClaims(idToken), settings.issuer(),
                settings.clientId(), pending.nonce(), settings.groupsClaim(), clock.instant());
        UserAccount account = accounts.signInBySingleSignOn(identity).orElseThrow(() -> new OidcException(
                OidcException.Reason.DISABLED, identity.username() + " is disabled"));
        console.remember(context, account.getUsername(), Set.of(account.getRole().name()));
        request.getSession().setAttribute(ID_TOKEN_KEY, idToken);
        LOG.log(Level.INFO, "{0} signed in through single sign-on as {1}",
                new Object[] {account.getUsername(), account.getRole()});
        return context.redirect(request.getContextPath() + pending.continueTo());
    }

    private String redirectUri(HttpServletRequest request) {
        return settings.redirectUri().orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath()
                    + CALLBACK_PATH;
        });
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
