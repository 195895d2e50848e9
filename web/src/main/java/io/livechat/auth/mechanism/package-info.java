/**
 * How callers of this web module authenticate: one Jakarta Security mechanism that routes API
 * requests to bearer tokens and console pages to a form login kept in the session, or to OpenID
 * Connect single sign-on when a provider is configured.
 */
package io.livechat.auth.mechanism;
