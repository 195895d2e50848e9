package io.livechat.handover.boundary;

import java.util.List;

/**
 * How a bot routes its handovers: the most open chats each agent may hold by default (null: no limit),
 * whether it assigns new handovers itself, and each member's load, online ones first, then by name.
 */
public record RoutingView(long botId, Integer maxChatsPerAgent, boolean autoAssign, List<AgentLoad> agents) {
}
