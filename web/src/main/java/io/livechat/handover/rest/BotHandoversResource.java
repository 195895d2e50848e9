package io.livechat.handover.rest;

import io.livechat.handover.boundary.HandoverView;
import io.livechat.handover.boundary.Handovers;
import io.livechat.handover.entity.HandoverState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.rest.PageParameters;
import io.livechat.unread.boundary.Unread;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/** A bot's handovers in one state, oldest request first, a page at a time: the list agents pick from. */
@Path("bots/{botId}/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BotHandoversResource {

    @Inject
    private Handovers handovers;

    @Inject
    private Unread unread;

    @Context
    private SecurityContext security;

    /**
     * A page of the list; X-Total-Count is how many handovers are in the state now. Each handover says
     * what the calling person has not seen of it ({@code unread}; null for a bot's engine).
     */
    @GET
    public Response list(@PathParam("botId") long botId,
                         @QueryParam("state") @DefaultValue("PENDING")
                         @Pattern(regexp = "PENDING|ASSIGNED|RESOLVED",
                                 message = "must be PENDING, ASSIGNED or RESOLVED") String state,
                         @Valid @BeanParam PageParameters page) {
        Page<HandoverView> found = handovers.ofBot(botId, HandoverState.valueOf(state), page.request());
        if (security.isUserInRole("BOT")) {
            return page.ok(found, HandoverResponse::of);
        }
        Map<Long, Integer> counts = unread.ofHandovers(botId, found.items().stream().map(HandoverView::id).toList());
        return page.ok(found, view -> HandoverResponse.of(view, counts.getOrDefault(view.id(), 0)));
    }
}
