package io.livechat.handover.boundary;

import java.time.Instant;

/**
 * A member of a bot as routing sees them: whether they take chats now, how many open (assigned,
 * unresolved) chats of the bot they hold, and how many they may.
 *
 * @param maxChats       the most they may hold: their own limit, else the bot's; null for no limit
 * @param ownMaxChats    their own limit, overriding the bot's; null when the bot's applies
 * @param lastAssignedAt when a chat of the bot was last given to them; null if never (idle longest)
 */
public record AgentLoad(String username, String displayName, boolean online, long openChats, Integer maxChats,
                        Integer ownMaxChats, Instant lastAssignedAt) {

    /** Whether they may take one more chat now. */
    public boolean hasRoom() {
        return maxChats == null || openChats < maxChats;
    }
}
