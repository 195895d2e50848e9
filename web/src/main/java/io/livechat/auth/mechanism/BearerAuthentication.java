package io.livechat.auth.mechanism;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.boundary.SingleSignOnIdentity;
import io.livechat.agent.entity.UserAccount;
import io.livechat.auth.boundary.ApiTokens;
import io.livechat.auth.boundary.BotTokens;
import io.livechat.auth.boundary.CallerToken;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.shared.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates REST API callers by their {@code Authorization: Bearer} token. A token that is
 * present but not valid is refused even on a public path: a client should learn its token is bad.
 */
@ApplicationScoped
class BearerAuthentication {

    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class.getName());

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private BotTokens botTokens;

    @Inject
    private Accounts accounts;

    @Inject
    private OidcSettings settings;

    AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        Optional<String> token = tokenOf(request);
        if (token.isEmpty()) {
            return context.isProtected()
                    ? unauthorized(context, "missing-token", "This needs a bearer token: POST /api/v1/auth/token")
                    : context.doNothing();
        }
        if (token.get().startsWith(BotTokens.PREFIX)) {
            return botTokens.botOf(token.get())
                    .map(botId -> context.notifyContainerAboutLogin(BotAccess.BOT_CALLER_PREFIX + botId, Set.of("BOT")))
                    .orElseGet(() -> unauthorized(context, "invalid-token", "The bot token is unknown or revoked"));
        }
        return apiTokens.verify(token.get())
                .map(caller -> login(caller, context))
                .orElseGet(() -> unauthorized(context, "invalid-token",
                        "The bearer token is expired, malformed, or not signed by a trusted issuer"));
    }

    /**
     * The person's account decides, not the token, read on every request: a disabled person's tokens
     * stop working and a changed role counts at once, not when the token expires hours later. Only an
     * external issuer's token may speak for someone without an account here: its first call creates the
     * account as the first single sign-on to the console does, with the role of its groups. A token
     * whose groups name no role (or whose username someone has in another case) gets no account; its
     * groups are then all there is to go by.
     */
    private AuthenticationStatus login(CallerToken caller, HttpMessageContext context) {
        Optional<UserAccount> account = accounts.findByUsername(caller.name());
        if (account.isEmpty()) {
            if (caller.issuedHere()) {
                return unauthorized(context, "invalid-token", "The account of this token does not exist");
            }
            account = person(caller).flatMap(accounts::provisionBySingleSignOn);
            if (account.isEmpty()) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            LOG.log(Level.INFO, "{0} has an account now, created at their first API call as {1}",
                    new Object[] {account.get().getUsername(), account.get().getRole()});
        }
        if (!account.get().isEnabled()) {
            return unauthorized(context, "account-disabled", "The account of this token is disabled");
        }
        return context.notifyContainerAboutLogin(account.get().getUsername(), Set.of(account.get().getRole().name()));
    }

    private Optional<SingleSignOnIdentity> person(CallerToken caller) {
        try {
            return Optional.of(IdTokenClaims.person(caller.claims(), caller.name(), settings.groupsClaim()));
        } catch (OidcException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> tokenOf(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static AuthenticationStatus unauthorized(HttpMessageContext context, String slug, String detail) {
        context.getResponse().setHeader("WWW-Authenticate", "Bearer realm=\"livechat\"");
        return UnauthorizedPage.refuse(context, Problem.of(slug, 401, detail));
    }
}
