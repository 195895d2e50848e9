package io.livechat.flow.control;

import io.livechat.flow.boundary.FlowChoice;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.boundary.FlowStep;
import io.livechat.flow.boundary.StepType;
import java.util.List;

/**
 * The flow of a bot whose admin imported none, so a new bot (and the demo bots) answer out of the
 * box: a greeting, "How can I help?" with choices including "Talk to an agent", and a way back
 * after a handover. Version 0: it is not stored.
 */
public final class DefaultFlow {

    private DefaultFlow() {
    }

    public static FlowDefinition definition() {
        return new FlowDefinition(0, "welcome", "anything-else", List.of("agent", "human", "person", "operator"),
                List.of(
                        message("welcome", "Hello! I am the virtual assistant.", "menu"),
                        choices("menu", "How can I help?", List.of(
                                new FlowChoice("question", "I have a question", "ask-question"),
                                new FlowChoice("browse", "Just looking around", "goodbye"))),
                        new FlowStep("ask-question", StepType.QUESTION, "What is your question?", "question",
                                "forward-question", null, null, null),
                        new FlowStep("forward-question", StepType.HANDOVER,
                                "Thank you. Let me pass your question on to a colleague.", null, null, null, null,
                                "Question for an agent"),
                        choices("anything-else", "Is there anything else I can help with?", List.of(
                                new FlowChoice("question", "I have another question", "ask-question"),
                                new FlowChoice("no", "No, thank you", "goodbye"))),
                        new FlowStep("goodbye", StepType.END, "Thank you for your visit. Write any time.", null, null,
                                null, null, null)));
    }

    private static FlowStep message(String id, String text, String next) {
        return new FlowStep(id, StepType.MESSAGE, text, null, next, null, null, null);
    }

    private static FlowStep choices(String id, String text, List<FlowChoice> choices) {
        return new FlowStep(id, StepType.CHOICES, text, null, null, choices, true, null);
    }
}
