package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.Conversations;
import io.livechat.shared.rest.PageParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A conversation's transcript, and the assigned agent's replies. */
@Path("conversations/{id}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    private Conversations conversations;

    @GET
    public Response transcript(@PathParam("id") long conversationId, @Valid @BeanParam PageParameters page) {
        return page.ok(conversations.transcript(conversationId, page.request()), MessageResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long conversationId, @NotNull @Valid ReplyRequest reply) {
        return Response.status(Response.Status.CREATED)
                .entity(MessageResponse.of(conversations.reply(conversationId, reply.text())))
                .build();
    }
}
