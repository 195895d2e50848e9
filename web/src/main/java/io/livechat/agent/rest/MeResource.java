package io.livechat.agent.rest;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.Presence;
import io.livechat.bot.boundary.Bots;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The calling person: who they are, their presence, and the bots they work. */
@Path("agents/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private Accounts accounts;

    @Inject
    private Bots bots;

    @GET
    public MeResponse me() {
        return MeResponse.of(accounts.current());
    }

    @PUT
    @Path("presence")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeResponse changePresence(@NotNull @Valid PresenceChange change) {
        return MeResponse.of(accounts.changePresence(Presence.valueOf(change.presence())));
    }

    @GET
    @Path("bots")
    public List<BotResponse> bots() {
        return bots.ofCaller().stream().map(BotResponse::of).toList();
    }
}
