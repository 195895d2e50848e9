package io.livechat.call.boundary;

import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.CallState;
import io.livechat.handover.entity.HandoverState;
import java.time.Instant;

/**
 * Fired inside the transaction of every change of a call: the audit trail observes it plainly, the
 * pushes to the consoles and to the visitor's widget after commit.
 *
 * @param visitorId the conversation's web visitor (the contact's WEB id)
 * @param actor     the username of the person who made the change, {@code visitor}, or {@code system}
 * @param handoverState the state of the conversation's handover as the call changed
 */
public record CallChanged(long callId, long botId, long conversationId, long handoverId, String visitorId,
                          String agent, String agentName, CallKind kind, CallState state, String actor,
                          HandoverState handoverState, Instant at) {
}
