package io.livechat.flow.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One step of a workflow. Which fields a step needs depends on its type: a MESSAGE has text and
 * next; a QUESTION text, attribute (the contact attribute that keeps the answer) and next; CHOICES
 * text and choices, and {@code offerAgent} adds the built-in "Talk to an agent" button; a HANDOVER
 * an optional text and reason; an END an optional text.
 */
public record FlowStep(
        @NotBlank @Size(max = 60) @Pattern(regexp = ID_PATTERN) String id,
        @NotNull StepType type,
        @Size(max = 4000) String text,
        @Size(max = 100) String attribute,
        @Size(max = 60) String next,
        @Size(max = 10) List<@NotNull @Valid FlowChoice> choices,
        Boolean offerAgent,
        @Size(max = 500) String reason) {

    /** Step and choice ids: what fits in a URL, a log line and a WhatsApp button id. */
    public static final String ID_PATTERN = "[A-Za-z0-9_.-]+";

    public FlowStep {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean offersAgent() {
        return Boolean.TRUE.equals(offerAgent);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
