/**
 * Calls: an agent rings the web visitor of a conversation assigned to them ({@link io.livechat.call.boundary.Calls}),
 * the visitor's widget accepts or declines ({@link io.livechat.call.boundary.VisitorCalls}); the two browsers
 * join through the bot's call provider. Every change is a {@link io.livechat.call.boundary.CallChanged}; the
 * WebRTC signals of the built-in provider pass as {@link io.livechat.call.boundary.CallSignal}s.
 */
package io.livechat.call.boundary;
