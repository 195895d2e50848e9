package io.livechat.call.rest;

import io.livechat.call.boundary.CallView;
import io.livechat.call.boundary.Calls;
import io.livechat.channel.widget.socket.WidgetSockets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The agent assigned to a conversation rings its web visitor: 201 with the ringing call. */
@Path("conversations/{id}/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConversationCallResource {

    @Inject
    private Calls calls;

    @Inject
    private WidgetSockets sockets;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public Response start(@PathParam("id") long conversationId, @NotNull @Valid CallRequest request) {
        CallView call = calls.start(conversationId, request.kind(), sockets::isConnected);
        return Response.created(uri.getBaseUriBuilder().path("calls/{id}").build(call.id())).entity(call).build();
    }
}
