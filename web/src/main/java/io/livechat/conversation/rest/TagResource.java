package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.ConversationTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Tags on conversations: each is a resource of its own, so adding and removing are idempotent; every
 * answer is the conversation's tags afterwards.
 */
@Path("conversations/{id}/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    @Inject
    private ConversationTags tags;

    @GET
    public List<String> of(@PathParam("id") long conversationId) {
        return tags.of(conversationId);
    }

    @PUT
    @Path("{tag}")
    public List<String> add(@PathParam("id") long conversationId, @PathParam("tag") String tag) {
        return tags.add(conversationId, tag);
    }

    @DELETE
    @Path("{tag}")
    public List<String> remove(@PathParam("id") long conversationId, @PathParam("tag") String tag) {
        return tags.remove(conversationId, tag);
    }
}
