package io.livechat.flow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A button of a CHOICES step: the id comes back from the channel when the user picks it, the title
 * is what the user sees (and may type instead), next names the step that follows.
 */
public record FlowChoice(
        @NotBlank @Size(max = 60) @Pattern(regexp = FlowStep.ID_PATTERN) String id,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 60) String next) {
}
