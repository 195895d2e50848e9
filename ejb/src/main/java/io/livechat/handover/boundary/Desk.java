package io.livechat.handover.boundary;

import java.io.Serializable;

/**
 * The caller's place at one bot's Live Chat: what the page may offer them. A member may assign
 * pending handovers to themselves; a supervisor (an admin, or a manager of the bot) sees every
 * assigned handover and may unassign or resolve any of them.
 */
public record Desk(long botId, String botName, String username, String displayName, boolean online, boolean member,
                   boolean supervisor) implements Serializable {
    private static final long serialVersionUID = 1L;
}
