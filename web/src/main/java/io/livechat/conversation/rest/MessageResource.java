package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.Conversations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A conversation's transcript, and the assigned agent's replies. */
@Path("conversations/{id}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    private Conversations conversations;

    @GET
    public List<MessageResponse> transcript(@PathParam("id") long conversationId) {
        return conversations.transcript(conversationId).stream().map(MessageResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long conversationId, @NotNull @Valid ReplyRequest reply) {
        return Response.status(Response.Status.CREATED)
                .entity(MessageResponse.of(conversations.reply(conversationId, reply.text())))
                .build();
    }
}
