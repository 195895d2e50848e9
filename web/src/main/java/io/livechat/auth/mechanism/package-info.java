/**
 * How callers of this web module authenticate: one Jakarta Security mechanism that routes API
 * requests to bearer tokens and console pages to a form login kept in the session.
 */
package io.livechat.auth.mechanism;
