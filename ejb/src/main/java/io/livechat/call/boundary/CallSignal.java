package io.livechat.call.boundary;

/**
 * A WebRTC signal (a session description, in JSON) of one side of a built-in call for the other side,
 * fired once the boundary checked that the sender is in the call. Nothing of it is stored.
 *
 * @param toAgent true from the visitor to the agent, false from the agent to the visitor
 */
public record CallSignal(long callId, long botId, String visitorId, String agent, boolean toAgent, String signal) {
}
