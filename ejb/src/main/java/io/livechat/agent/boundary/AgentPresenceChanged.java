package io.livechat.agent.boundary;

import io.livechat.agent.entity.Presence;
import java.util.List;

/**
 * An agent went online or offline: by their own choice, by signing out, or because no console of
 * theirs was open for a while. Fired in the change's transaction; the consoles of the agent's bots
 * hear of it after commit.
 *
 * @param botIds the bots the agent is a member of
 */
public record AgentPresenceChanged(long accountId, String username, Presence presence, List<Long> botIds) {
}
