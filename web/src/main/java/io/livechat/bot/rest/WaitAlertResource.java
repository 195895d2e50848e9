package io.livechat.bot.rest;

import io.livechat.bot.boundary.BotAdministration;
import io.livechat.handover.boundary.LiveViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** After how many minutes a waiting handover is an alert in the bot's live view: read by its managers, set by admins. */
@Path("bots/{botId}/wait-alert")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WaitAlertResource {

    @Inject
    private LiveViews liveViews;

    @Inject
    private BotAdministration bots;

    @GET
    @RolesAllowed({"ADMIN", "MANAGER"})
    public WaitAlert get(@PathParam("botId") long botId) {
        return new WaitAlert(liveViews.waitAlertMinutes(botId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public WaitAlert change(@PathParam("botId") long botId, @NotNull @Valid WaitAlertRequest request) {
        return new WaitAlert(bots.changeWaitAlert(botId, request.minutes()).getWaitAlertMinutes());
    }

    /** The bot's wait alert as it is now. */
    public record WaitAlert(int minutes) {
    }
}
