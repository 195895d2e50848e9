package io.livechat.handover.rest;

import io.livechat.handover.boundary.Routing;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A transfer or reassignment: the username of the agent who takes the chat over, an optional note
 * for them, and for a reassignment optionally the agent it is moved from (refused if they no longer hold it).
 */
public record HandOnRequest(@NotBlank @Size(max = 80) String to, @Size(max = 80) String from,
                            @Size(max = Routing.NOTE_LENGTH) String note) {
}
