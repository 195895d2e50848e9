package io.livechat.auth.rest;

import io.livechat.auth.boundary.BotTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Admins create long-lived tokens for external bot engines of a bot. */
@Path("bots/{botId}/tokens")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BotTokenResource {

    @Inject
    private BotTokens botTokens;

    @POST
    @RolesAllowed("ADMIN")
    public Response create(@PathParam("botId") long botId, @Valid BotTokenRequest request) {
        String label = request == null ? null : request.label();
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(new BotTokenResponse(botTokens.create(botId, label)))
                .build();
    }
}
