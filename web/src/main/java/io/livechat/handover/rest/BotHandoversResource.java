package io.livechat.handover.rest;

import io.livechat.handover.boundary.Handovers;
import io.livechat.handover.entity.HandoverState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.livechat.shared.rest.PageParameters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A bot's handovers in one state, oldest request first, a page at a time: the list agents pick from. */
@Path("bots/{botId}/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BotHandoversResource {

    @Inject
    private Handovers handovers;

    /** A page of the list; X-Total-Count is how many handovers are in the state now. */
    @GET
    public Response list(@PathParam("botId") long botId,
                         @QueryParam("state") @DefaultValue("PENDING")
                         @Pattern(regexp = "PENDING|ASSIGNED|RESOLVED",
                                 message = "must be PENDING, ASSIGNED or RESOLVED") String state,
                         @Valid @BeanParam PageParameters page) {
        return page.ok(handovers.ofBot(botId, HandoverState.valueOf(state), page.request()), HandoverResponse::of);
    }
}
