package io.livechat.agent.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Online to take handovers, offline to stop. */
public record PresenceChange(@NotNull @Pattern(regexp = "ONLINE|OFFLINE", message = "must be ONLINE or OFFLINE")
                             String presence) {
}
