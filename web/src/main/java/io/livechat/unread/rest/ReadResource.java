package io.livechat.unread.rest;

import io.livechat.unread.boundary.Unread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's read mark of one of the bot's conversations: idempotent, and it never moves back, so
 * marking an earlier message than one already read changes nothing. Under the bot, so that somebody
 * who is not its member is refused (403) whichever conversation they name.
 */
@Path("bots/{botId}/conversations/{id}/read")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadResource {

    @Inject
    private Unread unread;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public ReadResponse mark(@PathParam("botId") long botId, @PathParam("id") long conversationId,
                             @Valid ReadRequest request) {
        return ReadResponse.of(unread.markRead(botId, conversationId, request == null ? null : request.lastMessageId()));
    }
}
