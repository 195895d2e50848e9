package io.livechat.flow.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bot's workflow, as admins import and export it. The flow starts at {@code start} for a new
 * conversation, takes the conversation back at {@code resume} when a handover is resolved (none:
 * the bot waits for the user's next message), and hands over from any step when the user writes
 * one of the {@code keywords}.
 *
 * @param version the stored version: 0 for the built-in default flow; on import, when given, the
 *                version the admin edited (a newer stored version refuses the import)
 */
public record FlowDefinition(
        Integer version,
        @NotBlank @Size(max = 60) String start,
        @Size(max = 60) String resume,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> keywords,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid FlowStep> steps) {

    public FlowDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public Optional<FlowStep> step(String id) {
        return steps.stream().filter(step -> step.id() != null && step.id().equals(id)).findFirst();
    }

    /** Whether the user's text asks for a human: it holds a keyword as whole words ("I want a human please"). */
    public boolean isKeyword(String text) {
        if (text == null || keywords.isEmpty()) {
            return false;
        }
        String words = words(text);
        return keywords.stream().map(FlowDefinition::words)
                .anyMatch(keyword -> !keyword.isBlank() && words.contains(keyword));
    }

    /** The text's words, lower case, each between single spaces, so that containment means whole words. */
    private static String words(String text) {
        return " " + String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip() + " ";
    }

    public FlowDefinition withVersion(int stored) {
        return new FlowDefinition(stored, start, resume, keywords, steps);
    }
}
