package io.livechat.agent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new person: the admin picks the role and the first password. */
public record UserCreation(@NotBlank @Size(max = 80) String username,
                           @NotBlank @Size(max = 120) String displayName,
                           @NotNull @Pattern(regexp = "ADMIN|MANAGER|AGENT", message = "must be ADMIN, MANAGER or AGENT")
                           String role,
                           @NotNull @Size(min = 10, max = 200) String password) {
}
