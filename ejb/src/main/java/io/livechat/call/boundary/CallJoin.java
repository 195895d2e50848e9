package io.livechat.call.boundary;

/**
 * What one side's browser needs to join a call through its provider, as a JSON object: the built-in
 * provider's ICE servers, or an EnableX room token and the SDK's address. Only for that side: an
 * EnableX token is a credential.
 */
public record CallJoin(long callId, String json) {
}
