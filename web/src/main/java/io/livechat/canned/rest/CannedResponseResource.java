package io.livechat.canned.rest;

import io.livechat.canned.boundary.CannedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A bot's canned responses: read by its people, written by its managers and admins. */
@Path("bots/{botId}/canned-responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CannedResponseResource {

    @Inject
    private CannedResponses canned;

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public List<CannedTextResponse> list(@PathParam("botId") long botId) {
        return canned.ofBot(botId).stream().map(CannedTextResponse::of).toList();
    }

    @POST
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("botId") long botId, @NotNull CannedRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(CannedTextResponse.of(canned.create(botId, request.shortcut(), request.text())))
                .build();
    }

    @PUT
    @Path("{cannedId}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Consumes(MediaType.APPLICATION_JSON)
    public CannedTextResponse update(@PathParam("botId") long botId, @PathParam("cannedId") long cannedId,
                                     @NotNull CannedRequest request) {
        return CannedTextResponse.of(canned.update(botId, cannedId, request.shortcut(), request.text()));
    }

    @DELETE
    @Path("{cannedId}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response delete(@PathParam("botId") long botId, @PathParam("cannedId") long cannedId) {
        canned.delete(botId, cannedId);
        return Response.noContent().build();
    }
}
