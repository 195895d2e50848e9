package io.livechat.flow.control;

import io.livechat.conversation.entity.Choice;
import io.livechat.flow.boundary.FlowChoice;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.boundary.FlowStep;
import io.livechat.flow.entity.SessionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step logic of a workflow, without storage: given where the conversation stands and what the
 * user wrote, it replies, remembers answers and hands over through {@link FlowEffects}, and says
 * where the conversation stands afterwards. It expects a flow that {@link FlowValidator} accepted.
 */
public final class FlowEngine {

    /** The id of the built-in "Talk to an agent" choice a CHOICES step offers with offerAgent. */
    public static final String AGENT_CHOICE_ID = "talk-to-agent";
    public static final String AGENT_CHOICE_TITLE = "Talk to an agent";

    /** More steps than this in one turn means a loop the validator did not catch: stop rather than spin. */
    private static final int MAX_STEPS_PER_TURN = 50;

    private final FlowDefinition flow;
    private final FlowEffects effects;

    public FlowEngine(FlowDefinition flow, FlowEffects effects) {
        this.flow = flow;
        this.effects = effects;
    }

    /**
     * The user's message while the bot answers. {@code at} is where the conversation stood (null
     * for a new conversation); {@code choiceId} is the id of the button the user picked, if any.
     */
    public FlowPosition onMessage(FlowPosition at, String text, String choiceId) {
        Optional<FlowStep> waiting = at == null || at.status() != SessionStatus.WAITING
                ? Optional.empty() : flow.step(at.stepId());
        if (flow.isKeyword(text)) {
            String from = waiting.map(FlowStep::id).orElse(flow.start());
            effects.handOver(from, "The user asked for a human");
            return new FlowPosition(from, SessionStatus.HANDED_OVER);
        }
        if (waiting.isEmpty()) {
            return enter(flow.start());
        }
        FlowStep step = waiting.get();
        return switch (step.type()) {
            case QUESTION -> {
                if (text == null || text.isBlank()) {
                    effects.reply(step.text(), List.of()); // nothing to keep (a picture, say): ask again
                    yield new FlowPosition(step.id(), SessionStatus.WAITING);
                }
                effects.remember(step.attribute(), text.strip());
                yield enter(step.next());
            }
            case CHOICES -> answerChoice(step, text, choiceId);
            default -> enter(flow.start());
        };
    }

    /** Takes the conversation back after a handover: at the resume step, or silently if there is none. */
    public Optional<FlowPosition> resume() {
        return Optional.ofNullable(flow.resume()).map(this::enter);
    }

    /** Runs the flow from the step until it waits for the user, hands over or ends. */
    public FlowPosition enter(String stepId) {
        String id = stepId;
        for (int steps = 0; steps < MAX_STEPS_PER_TURN; steps++) {
            FlowStep step = flow.step(id).orElseThrow(() -> new IllegalStateException("No step " + stepId));
            switch (step.type()) {
                case MESSAGE -> {
                    effects.reply(step.text(), List.of());
                    id = step.next();
                }
                case QUESTION -> {
                    effects.reply(step.text(), List.of());
                    return new FlowPosition(step.id(), SessionStatus.WAITING);
                }
                case CHOICES -> {
                    effects.reply(step.text(), choicesOf(step));
                    return new FlowPosition(step.id(), SessionStatus.WAITING);
                }
                case HANDOVER -> {
                    if (step.hasText()) {
                        effects.reply(step.text(), List.of());
                    }
                    effects.handOver(step.id(), step.reason() == null ? "Handover step " + step.id() : step.reason());
                    return new FlowPosition(step.id(), SessionStatus.HANDED_OVER);
                }
                case END -> {
                    if (step.hasText()) {
                        effects.reply(step.text(), List.of());
                    }
                    return new FlowPosition(step.id(), SessionStatus.ENDED);
                }
                default -> throw new IllegalStateException("Unknown step type " + step.type());
            }
        }
        throw new IllegalStateException("The flow ran more than " + MAX_STEPS_PER_TURN + " steps from " + stepId);
    }

    private FlowPosition answerChoice(FlowStep step, String text, String choiceId) {
        String typed = text == null ? "" : text.strip();
        List<Choice> offered = choicesOf(step);
        Optional<Choice> picked = offered.stream()
                .filter(choice -> choice.id().equals(choiceId) || choice.title().equalsIgnoreCase(typed))
                .findFirst()
                .or(() -> byNumber(offered, typed));
        if (picked.isEmpty()) {
            // Not one of the buttons: ask again rather than guess.
            effects.reply(step.text(), offered);
            return new FlowPosition(step.id(), SessionStatus.WAITING);
        }
        if (picked.get().id().equals(AGENT_CHOICE_ID)) {
            effects.handOver(step.id(), "The user chose: " + AGENT_CHOICE_TITLE);
            return new FlowPosition(step.id(), SessionStatus.HANDED_OVER);
        }
        String next = step.choices().stream().filter(choice -> choice.id().equals(picked.get().id()))
                .map(FlowChoice::next).findFirst().orElseThrow();
        return enter(next);
    }

    /** On channels without buttons users answer "2" for the second choice. */
    private static Optional<Choice> byNumber(List<Choice> offered, String typed) {
        if (!typed.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(typed) - 1;
        return index >= 0 && index < offered.size() ? Optional.of(offered.get(index)) : Optional.empty();
    }

    private static List<Choice> choicesOf(FlowStep step) {
        List<Choice> choices = new ArrayList<>();
        step.choices().forEach(choice -> choices.add(new Choice(choice.id(), choice.title())));
        if (step.offersAgent()) {
            choices.add(new Choice(AGENT_CHOICE_ID, AGENT_CHOICE_TITLE));
        }
        return choices;
    }
}
