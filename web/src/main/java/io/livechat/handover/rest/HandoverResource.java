package io.livechat.handover.rest;

import io.livechat.audit.boundary.AuditEntry;
import io.livechat.audit.boundary.AuditTrail;
import io.livechat.handover.boundary.HandoverView;
import io.livechat.handover.boundary.Handovers;
import io.livechat.handover.boundary.Routing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Handovers: bot engines request them; agents assign them to themselves ("Assign to me"), unassign,
 * resolve and transfer them (a supervisor reassigns them). The assignment and the resolution are
 * sub-resources, so each action is a plain POST or DELETE that either happens or answers 409 with the reason.
 */
@Path("handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource {

    @Inject
    private Handovers handovers;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Routing routing;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"BOT", "ADMIN", "MANAGER"})
    public Response request(@NotNull @Valid HandoverCreation creation) {
        HandoverView created = handovers.request(creation.toRequest());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(HandoverResponse.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    public HandoverResponse find(@PathParam("id") long id) {
        return HandoverResponse.of(handovers.find(id));
    }

    @POST
    @Path("{id}/assignment")
    public HandoverResponse assignToMe(@PathParam("id") long id) {
        return HandoverResponse.of(handovers.assignToCaller(id));
    }

    @DELETE
    @Path("{id}/assignment")
    public HandoverResponse unassign(@PathParam("id") long id) {
        return HandoverResponse.of(handovers.unassign(id));
    }

    @POST
    @Path("{id}/resolution")
    public HandoverResponse resolve(@PathParam("id") long id) {
        return HandoverResponse.of(handovers.resolve(id));
    }

    /** The agent who holds it gives it to another online agent of the bot. */
    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public HandoverResponse transfer(@PathParam("id") long id, @NotNull @Valid HandOnRequest request) {
        return HandoverResponse.of(routing.transfer(id, request.to(), request.note()));
    }

    /** An admin or a manager of the bot moves it from its agent to another online agent of the bot. */
    @POST
    @Path("{id}/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public HandoverResponse reassign(@PathParam("id") long id, @NotNull @Valid HandOnRequest request) {
        return HandoverResponse.of(routing.reassign(id, request.from(), request.to(), request.note()));
    }

    @GET
    @Path("{id}/audit")
    public List<AuditEntry> audit(@PathParam("id") long id) {
        return auditTrail.ofHandover(id);
    }
}
