package io.livechat.flow.control;

import io.livechat.flow.boundary.FlowChoice;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.boundary.FlowStep;
import io.livechat.flow.boundary.StepType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks Bean Validation cannot make: every step a flow names exists, ids are unique, each type
 * has what it needs, every step can be reached, and no chain of MESSAGE steps loops forever.
 * Problems name the step, so the admin finds it; the top-level fields are named "(flow)".
 */
public final class FlowValidator {

    /** The step name used for problems of the flow's own fields. */
    public static final String FLOW = "(flow)";

    private FlowValidator() {
    }

    public static List<FlowProblem> problems(FlowDefinition flow) {
        List<FlowProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FlowStep step : flow.steps()) {
            if (step.id() != null && !ids.add(step.id())) {
                problems.add(new FlowProblem(step.id(), "id", "Step id '" + step.id() + "' is used twice"));
            }
        }
        if (flow.start() == null || flow.step(flow.start()).isEmpty()) {
            problems.add(new FlowProblem(FLOW, "start", "The start step '" + flow.start() + "' is not a step of the flow"));
        }
        if (flow.resume() != null && flow.step(flow.resume()).isEmpty()) {
            problems.add(new FlowProblem(FLOW, "resume", "The resume step '" + flow.resume() + "' is not a step of the flow"));
        }
        for (FlowStep step : flow.steps()) {
            checkStep(flow, step, problems);
        }
        if (problems.isEmpty()) {
            checkReachable(flow, problems);
            checkMessageLoops(flow, problems);
        }
        return problems;
    }

    private static void checkStep(FlowDefinition flow, FlowStep step, List<FlowProblem> problems) {
        String id = step.id();
        StepType type = step.type();
        if (type == null) {
            return; // Bean Validation names it
        }
        boolean needsText = type == StepType.MESSAGE || type == StepType.QUESTION || type == StepType.CHOICES;
        if (needsText && !step.hasText()) {
            problems.add(new FlowProblem(id, "text", "Step '" + id + "' (" + type + ") needs a text"));
        }
        boolean needsNext = type == StepType.MESSAGE || type == StepType.QUESTION;
        if (needsNext) {
            requireStep(flow, id, "next", step.next(), problems);
        } else if (step.next() != null) {
            problems.add(new FlowProblem(id, "next", "Step '" + id + "' (" + type + ") does not go on to a next step"
                    + (type == StepType.CHOICES ? ": each choice names its next step" : "")));
        }
        if (type == StepType.QUESTION && (step.attribute() == null || step.attribute().isBlank())) {
            problems.add(new FlowProblem(id, "attribute", "Question '" + id + "' needs the attribute that keeps the answer"));
        }
        if (type == StepType.CHOICES) {
            checkChoices(flow, step, problems);
        } else if (!step.choices().isEmpty() || step.offersAgent()) {
            problems.add(new FlowProblem(id, "choices", "Only a CHOICES step offers choices, not '" + id + "'"));
        }
    }

    private static void checkChoices(FlowDefinition flow, FlowStep step, List<FlowProblem> problems) {
        if (step.choices().isEmpty() && !step.offersAgent()) {
            problems.add(new FlowProblem(step.id(), "choices", "Step '" + step.id() + "' offers no choice"));
        }
        Set<String> choiceIds = new HashSet<>();
        for (FlowChoice choice : step.choices()) {
            if (choice == null) {
                continue;
            }
            if (FlowEngine.AGENT_CHOICE_ID.equals(choice.id())) {
                problems.add(new FlowProblem(step.id(), "choices", "Choice id '" + FlowEngine.AGENT_CHOICE_ID
                        + "' is the built-in agent choice: set offerAgent instead"));
            } else if (!choiceIds.add(choice.id())) {
                problems.add(new FlowProblem(step.id(), "choices", "Step '" + step.id() + "' has choice '"
                        + choice.id() + "' twice"));
            }
            requireStep(flow, step.id(), "choices", choice.next(), problems);
        }
    }

    private static void requireStep(FlowDefinition flow, String id, String field, String target, List<FlowProblem> problems) {
        if (target == null || target.isBlank()) {
            problems.add(new FlowProblem(id, field, "Step '" + id + "' needs a next step"));
        } else if (flow.step(target).isEmpty()) {
            problems.add(new FlowProblem(id, field, "Step '" + id + "' goes on to unknown step '" + target + "'"));
        }
    }

    private static void checkReachable(FlowDefinition flow, List<FlowProblem> problems) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(flow.start());
        if (flow.resume() != null) {
            pending.add(flow.resume());
        }
        while (!pending.isEmpty()) {
            String id = pending.poll();
            if (reached.add(id)) {
                successors(flow.step(id).orElseThrow()).forEach(pending::add);
            }
        }
        flow.steps().stream()
                .filter(step -> !reached.contains(step.id()))
                .forEach(step -> problems.add(new FlowProblem(step.id(), "id", "Step '" + step.id()
                        + "' cannot be reached from the start or resume step")));
    }

    /** A MESSAGE does not wait for the user: a cycle of them would answer one message forever. */
    private static void checkMessageLoops(FlowDefinition flow, List<FlowProblem> problems) {
        for (FlowStep first : flow.steps()) {
            Set<String> seen = new HashSet<>();
            FlowStep step = first;
            while (step.type() == StepType.MESSAGE && seen.add(step.id())) {
                step = flow.step(step.next()).orElseThrow();
            }
            if (step.type() == StepType.MESSAGE && step.id().equals(first.id())) {
                problems.add(new FlowProblem(first.id(), "next", "Step '" + first.id()
                        + "' is part of a loop of messages that never waits for the user"));
                return;
            }
        }
    }

    private static List<String> successors(FlowStep step) {
        List<String> next = new ArrayList<>();
        if (step.next() != null) {
            next.add(step.next());
        }
        step.choices().forEach(choice -> next.add(choice.next()));
        return next;
    }
}
