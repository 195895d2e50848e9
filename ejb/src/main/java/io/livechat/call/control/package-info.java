/**
 * What the call boundaries use: the providers behind {@link io.livechat.call.control.CallProvider} (chosen by
 * {@link io.livechat.call.control.ProvidedBy}), the ring timeout, the transcript and audit records of a call.
 */
package io.livechat.call.control;
