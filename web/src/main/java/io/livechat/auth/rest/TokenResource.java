package io.livechat.auth.rest;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.auth.boundary.ApiTokens;
import io.livechat.auth.boundary.IssuedToken;
import io.livechat.auth.boundary.LoginThrottle;
import io.livechat.platform.http.ClientAddress;
import io.livechat.shared.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Trades a person's username and password for a signed API token (public: the token is the point). */
@Path("auth/token")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Accounts accounts;

    @Inject
    private ApiTokens tokens;

    @Inject
    private LoginThrottle throttle;

    @POST
    public Response issue(@Valid @NotNull TokenRequest request, @Context HttpServletRequest http) {
        String address = clientAddress.of(http);
        throttle.check(address);
        Optional<UserAccount> account = accounts.authenticate(request.username(), request.password());
        if (account.isEmpty()) {
            throttle.failed(address);
            return Problem.of("invalid-credentials", 401, "Wrong username or password").toResponse();
        }
        return ok(tokens.issue(account.get()));
    }

    private static Response ok(IssuedToken issued) {
        return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresIn()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
