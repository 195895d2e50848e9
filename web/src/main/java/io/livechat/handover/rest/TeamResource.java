package io.livechat.handover.rest;

import io.livechat.handover.boundary.LiveViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The managers' live view of a bot, as figures: for its managers and admins (agents get 403). */
@Path("bots/{botId}/team")
@RequestScoped
public class TeamResource {

    @Inject
    private LiveViews liveViews;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TeamResponse team(@PathParam("botId") long botId) {
        return TeamResponse.of(liveViews.of(botId));
    }
}
