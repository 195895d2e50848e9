package io.livechat.conversation.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an admin sets: the largest file (1 byte to 25 MB) and the allowed content types. */
public record FileLimitsRequest(@NotNull @Positive Long maxBytes, @NotNull @Size(max = 50) List<@NotNull String> allowedTypes) {
}
