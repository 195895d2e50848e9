package io.livechat.bot.rest;

import io.livechat.bot.boundary.BotAdministration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Admins create bots and choose who works them. */
@Path("bots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BotResource {

    @Inject
    private BotAdministration bots;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response create(@NotNull @Valid BotCreation creation) {
        BotCreated created = BotCreated.of(bots.create(creation.name()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{botId}/members/{username}")
    @RolesAllowed("ADMIN")
    public Response addMember(@PathParam("botId") long botId, @PathParam("username") String username) {
        bots.addMember(botId, username);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{botId}/members/{username}")
    @RolesAllowed("ADMIN")
    public Response removeMember(@PathParam("botId") long botId, @PathParam("username") String username) {
        bots.removeMember(botId, username);
        return Response.noContent().build();
    }
}
