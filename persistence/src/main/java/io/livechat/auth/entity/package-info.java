/** Credentials the REST API issues: the server's signing keys and bot engines' tokens. */
package io.livechat.auth.entity;
