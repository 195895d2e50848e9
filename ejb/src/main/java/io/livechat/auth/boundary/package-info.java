/** The REST API's credentials: signed JWTs for people, long-lived tokens for bot engines. */
package io.livechat.auth.boundary;
