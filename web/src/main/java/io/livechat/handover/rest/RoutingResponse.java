package io.livechat.handover.rest;

import io.livechat.handover.boundary.AgentLoad;
import io.livechat.handover.boundary.RoutingView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** A bot's routing on the wire; a null limit is no limit. */
@JsonbNillable
public record RoutingResponse(long botId, Integer maxChatsPerAgent, boolean autoAssign, List<Agent> agents) {

    public static RoutingResponse of(RoutingView view) {
        return new RoutingResponse(view.botId(), view.maxChatsPerAgent(), view.autoAssign(),
                view.agents().stream().map(Agent::of).toList());
    }

    /** A member: their open chats, the limit that applies to them and their own, and when they last got a chat. */
    @JsonbNillable
    public record Agent(String username, String displayName, boolean online, long openChats, Integer maxChats,
                        Integer ownMaxChats, Instant lastAssignedAt) {

        static Agent of(AgentLoad load) {
            return new Agent(load.username(), load.displayName(), load.online(), load.openChats(), load.maxChats(),
                    load.ownMaxChats(), load.lastAssignedAt());
        }
    }
}
