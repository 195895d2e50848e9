package io.livechat.handover.boundary;

import io.livechat.handover.entity.HandoverState;

/**
 * Where the user of a conversation stands with its open handover, as the channel shows it to them:
 * PENDING with their place in the bot's queue and the bot's text saying so, or ASSIGNED with the
 * display name of the agent who talks to them.
 *
 * @param position 1 for the next to be taken; 0 unless pending
 * @param text the bot's queue text with the position in it; null unless pending
 * @param agentName null unless assigned
 */
public record WaitingStatus(long handoverId, HandoverState state, long position, String text, String agentName) {
}
