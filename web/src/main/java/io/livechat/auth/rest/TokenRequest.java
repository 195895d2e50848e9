package io.livechat.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's username and password, traded for an API token. */
public record TokenRequest(@NotBlank @Size(max = 80) String username, @NotBlank @Size(max = 200) String password) {
}
