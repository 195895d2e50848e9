package io.livechat.unread.rest;

import io.livechat.unread.boundary.Unread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the caller has not seen in their Live Chat lists of a bot (the people who may see it; 403 for others). */
@Path("bots/{botId}/unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnreadResource {

    @Inject
    private Unread unread;

    @GET
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public UnreadResponse of(@PathParam("botId") long botId) {
        return UnreadResponse.of(unread.ofBot(botId));
    }
}
