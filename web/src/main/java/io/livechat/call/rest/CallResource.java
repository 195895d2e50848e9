package io.livechat.call.rest;

import io.livechat.call.boundary.CallView;
import io.livechat.call.boundary.Calls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A call: read it, end it ({@code POST calls/{id}/end} cancels a ringing call and hangs up an ongoing
 * one), and pass a WebRTC signal of a built-in call to the visitor's widget ({@code POST calls/{id}/signals},
 * the signal as the browser made it). Only the agent who rang may end it or signal in it.
 */
@Path("calls/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    @Inject
    private Calls calls;

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public CallView find(@PathParam("id") long callId) {
        return calls.find(callId);
    }

    @POST
    @Path("end")
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public CallView end(@PathParam("id") long callId) {
        return calls.end(callId);
    }

    @POST
    @Path("signals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public Response signal(@PathParam("id") long callId, @NotNull JsonObject signal) {
        calls.signal(callId, signal.toString());
        return Response.noContent().build();
    }
}
