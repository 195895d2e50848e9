package io.livechat.handover.rest;

import io.livechat.handover.boundary.Routing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A bot's routing: its default limit of open chats per agent, whether it assigns new handovers by
 * itself, and each member's load and own limit. Its people read it (the transfer picker does);
 * admins change it.
 */
@Path("bots/{botId}/routing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    @Inject
    private Routing routing;

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public RoutingResponse find(@PathParam("botId") long botId) {
        return RoutingResponse.of(routing.of(botId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public RoutingResponse change(@PathParam("botId") long botId, @NotNull @Valid RoutingRequest request) {
        return RoutingResponse.of(routing.change(botId, request.maxChatsPerAgent(), request.autoAssign()));
    }

    @PUT
    @Path("agents/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public RoutingResponse changeAgent(@PathParam("botId") long botId, @PathParam("username") String username,
                                       @NotNull @Valid AgentLimitRequest request) {
        return RoutingResponse.of(routing.changeAgent(botId, username, request.maxChats()));
    }
}
