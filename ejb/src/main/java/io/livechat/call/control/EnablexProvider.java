package io.livechat.call.control;

import io.livechat.bot.entity.CallProviderType;
import io.livechat.call.boundary.ProviderRefusedException;
import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.EnablexProject;
import io.livechat.shared.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The bot's EnableX project carries the call: a room of its own per call, made as it starts ringing,
 * and a token per participant (moderator for the agent, participant for the visitor), made when that
 * side joins and handed to that side only. Both join with EnableX's browser SDK.
 */
@ApplicationScoped
@ProvidedBy(CallProviderType.ENABLEX)
public class EnablexProvider implements CallProvider {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EnablexApi api;

    @Inject
    private EnablexConfig config;

    @Override
    public void open(Call call) {
        EnablexProject project = project(call);
        if (!project.allows(call.getKind())) {
            throw new ProviderRefusedException("The bot's EnableX project does not allow "
                    + (call.getKind() == CallKind.VIDEO ? "video" : "audio") + " calls");
        }
        call.placeIn(api.createRoom(appId(call), project.getAppKey(), "Live Chat conversation "
                + call.getConversation().getId(), call.getAgent().getUsername()));
    }

    @Override
    public JsonObject join(Call call, Participant participant) {
        String roomId = call.getRoomId().orElseThrow(() -> new IllegalStateException("Call " + call.getId() + " has no room"));
        boolean agent = participant == Participant.AGENT;
        String token = api.token(appId(call), project(call).getAppKey(), roomId, agent ? "moderator" : "participant",
                agent ? call.getAgent().getDisplayName() : "Visitor",
                agent ? call.getAgent().getUsername() : call.getConversation().getContact().getExternalId());
        return Jsonp.createObjectBuilder().add("provider", CallProviderType.ENABLEX.name()).add("roomId", roomId)
                .add("token", token).add("sdkUrl", config.sdkUrl().orElse("")).build();
    }

    private EnablexProject project(Call call) {
        EnablexProject project = em.find(EnablexProject.class, call.getBot().getId());
        if (project == null || call.getBot().getCalls().projectId() == null) {
            throw new ProviderRefusedException("The bot has no EnableX project set up");
        }
        return project;
    }

    private static String appId(Call call) {
        return call.getBot().getCalls().projectId();
    }
}
