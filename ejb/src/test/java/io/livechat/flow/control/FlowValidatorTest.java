package io.livechat.flow.control;

import static io.livechat.flow.control.Flows.choice;
import static io.livechat.flow.control.Flows.choices;
import static io.livechat.flow.control.Flows.end;
import static io.livechat.flow.control.Flows.flow;
import static io.livechat.flow.control.Flows.handover;
import static io.livechat.flow.control.Flows.message;
import static io.livechat.flow.control.Flows.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.boundary.FlowStep;
import io.livechat.flow.boundary.StepType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowValidatorTest {

    @Test
    void acceptsAWellFormedFlowAndTheDefaultFlow() {
        assertEquals(List.of(), FlowValidator.problems(Flows.support()));
        assertEquals(List.of(), FlowValidator.problems(DefaultFlow.definition()));
    }

    @Test
    void namesTheStepThatGoesOnToAnUnknownStep() {
        FlowDefinition flow = flow("ask-email", null,
                question("ask-email", "Your email?", "email", "thank-you"),
                end("done", null));

        FlowProblem problem = onlyProblemOf(flow, "ask-email");

        assertEquals("next", problem.field());
        assertTrue(problem.message().contains("unknown step 'thank-you'"), problem.message());
    }

    @Test
    void namesAChoiceThatGoesOnToAnUnknownStep() {
        FlowDefinition flow = flow("menu", null,
                choices("menu", "Pick", false, choice("a", "A", "nowhere")));

        assertEquals("choices", onlyProblemOf(flow, "menu").field());
    }

    @Test
    void refusesDuplicateStepIds() {
        FlowDefinition flow = flow("hello", null,
                message("hello", "Hi", "bye"),
                end("bye", null),
                end("bye", "again"));

        assertTrue(FlowValidator.problems(flow).stream()
                .anyMatch(p -> p.step().equals("bye") && p.message().contains("used twice")));
    }

    @Test
    void refusesAMissingStartAndAnUnknownResumeStep() {
        FlowDefinition flow = flow("nope", "gone", end("bye", null));

        List<FlowProblem> problems = FlowValidator.problems(flow);

        assertTrue(problems.stream().anyMatch(p -> p.step().equals(FlowValidator.FLOW) && p.field().equals("start")));
        assertTrue(problems.stream().anyMatch(p -> p.step().equals(FlowValidator.FLOW) && p.field().equals("resume")));
    }

    @Test
    void refusesAnUnreachableHandoverStep() {
        FlowDefinition flow = flow("hello", null,
                message("hello", "Hi", "bye"),
                end("bye", null),
                handover("to-agent", null));

        FlowProblem problem = onlyProblemOf(flow, "to-agent");

        assertTrue(problem.message().contains("cannot be reached"), problem.message());
    }

    @Test
    void aStepReachableOnlyFromTheResumeStepIsReachable() {
        FlowDefinition flow = flow("hello", "again",
                message("hello", "Hi", "bye"),
                end("bye", null),
                message("again", "Welcome back", "bye"));

        assertEquals(List.of(), FlowValidator.problems(flow));
    }

    @Test
    void refusesWhatAStepTypeLacksOrCannotHave() {
        assertEquals("attribute", onlyProblemOf(flow("q", null,
                question("q", "Name?", null, "bye"), end("bye", null)), "q").field());
        assertEquals("text", onlyProblemOf(flow("m", null,
                message("m", " ", "bye"), end("bye", null)), "m").field());
        assertEquals("choices", onlyProblemOf(flow("c", null,
                choices("c", "Pick", false)), "c").field());
        assertEquals("next", onlyProblemOf(flow("h", null,
                new FlowStep("h", StepType.HANDOVER, null, null, "h", null, null, null)), "h").field());
    }

    @Test
    void refusesTheBuiltInAgentChoiceIdAndDuplicateChoices() {
        FlowDefinition reserved = flow("c", null,
                choices("c", "Pick", false, choice(FlowEngine.AGENT_CHOICE_ID, "Agent", "bye")), end("bye", null));
        FlowDefinition twice = flow("c", null,
                choices("c", "Pick", false, choice("a", "A", "bye"), choice("a", "B", "bye")), end("bye", null));

        assertTrue(onlyProblemOf(reserved, "c").message().contains("offerAgent"));
        assertTrue(onlyProblemOf(twice, "c").message().contains("twice"));
    }

    @Test
    void refusesALoopOfMessagesThatNeverWaits() {
        FlowDefinition flow = flow("a", null,
                message("a", "A", "b"),
                message("b", "B", "a"));

        FlowProblem problem = FlowValidator.problems(flow).get(0);

        assertEquals("next", problem.field());
        assertTrue(problem.message().contains("loop"), problem.message());
    }

    private static FlowProblem onlyProblemOf(FlowDefinition flow, String step) {
        List<FlowProblem> problems = FlowValidator.problems(flow);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(step, problems.get(0).step(), problems::toString);
        return problems.get(0);
    }
}
