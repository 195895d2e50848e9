package io.livechat.flow.control;

import io.livechat.flow.boundary.FlowChoice;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.boundary.FlowStep;
import io.livechat.flow.boundary.StepType;
import java.util.List;

/** Builds small flows for the tests. */
final class Flows {

    private Flows() {
    }

    static FlowStep message(String id, String text, String next) {
        return new FlowStep(id, StepType.MESSAGE, text, null, next, null, null, null);
    }

    static FlowStep question(String id, String text, String attribute, String next) {
        return new FlowStep(id, StepType.QUESTION, text, attribute, next, null, null, null);
    }

    static FlowStep choices(String id, String text, boolean offerAgent, FlowChoice... choices) {
        return new FlowStep(id, StepType.CHOICES, text, null, null, List.of(choices), offerAgent, null);
    }

    static FlowStep handover(String id, String text) {
        return new FlowStep(id, StepType.HANDOVER, text, null, null, null, null, "Needs a person");
    }

    static FlowStep end(String id, String text) {
        return new FlowStep(id, StepType.END, text, null, null, null, null, null);
    }

    static FlowChoice choice(String id, String title, String next) {
        return new FlowChoice(id, title, next);
    }

    static FlowDefinition flow(String start, String resume, FlowStep... steps) {
        return new FlowDefinition(1, start, resume, List.of("agent", "human"), List.of(steps));
    }

    /** Greeting, a menu with an email question, a handover step and an end; resumes at the menu. */
    static FlowDefinition support() {
        return flow("welcome", "menu",
                message("welcome", "Hello!", "menu"),
                choices("menu", "How can I help?", true,
                        choice("order", "My order", "ask-email"),
                        choice("bye", "Nothing", "goodbye")),
                question("ask-email", "Your email?", "email", "ask-order"),
                question("ask-order", "Your order number?", "order", "to-agent"),
                handover("to-agent", "Passing you on."),
                end("goodbye", "Bye!"));
    }
}
