package io.livechat.auth.rest;

import jakarta.json.bind.annotation.JsonbProperty;

/** An OAuth 2-shaped token answer. */
public record TokenResponse(@JsonbProperty("access_token") String accessToken,
                            @JsonbProperty("token_type") String tokenType,
                            @JsonbProperty("expires_in") long expiresIn) {
}
