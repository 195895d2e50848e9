package io.livechat.auth.boundary;

/** A signed API token and how many seconds it is valid. */
public record IssuedToken(String token, long expiresIn) {
}
