package io.livechat.channel.widget.rest;

import io.livechat.channel.widget.boundary.Typing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The consoles say that their agent is typing in a conversation; the widget shows it to the visitor. */
@Path("conversations/{id}/typing")
@RequestScoped
public class TypingResource {

    @Inject
    private Typing typing;

    @POST
    public Response typing(@PathParam("id") long conversationId) {
        typing.agentTyping(conversationId);
        return Response.noContent().build();
    }
}
