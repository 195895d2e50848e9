package io.livechat.handover.rest;

import io.livechat.handover.boundary.Handovers;
import io.livechat.handover.entity.HandoverState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A bot's handovers in one state, oldest request first: the list agents pick from. */
@Path("bots/{botId}/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BotHandoversResource {

    @Inject
    private Handovers handovers;

    @GET
    public List<HandoverResponse> list(@PathParam("botId") long botId,
                                       @QueryParam("state") @DefaultValue("PENDING")
                                       @Pattern(regexp = "PENDING|ASSIGNED|RESOLVED",
                                               message = "must be PENDING, ASSIGNED or RESOLVED") String state) {
        return handovers.ofBot(botId, HandoverState.valueOf(state)).stream().map(HandoverResponse::of).toList();
    }
}
