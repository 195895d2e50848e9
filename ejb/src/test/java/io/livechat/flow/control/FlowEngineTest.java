package io.livechat.flow.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.conversation.entity.Choice;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.entity.SessionStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowEngineTest {

    private final Recorded effects = new Recorded();
    private final FlowEngine engine = new FlowEngine(Flows.support(), effects);

    @Test
    void aFirstMessageRunsFromTheStartUntilTheFlowWaits() {
        FlowPosition at = engine.onMessage(null, "hi", null);

        assertEquals(new FlowPosition("menu", SessionStatus.WAITING), at);
        assertEquals(List.of("Hello!", "How can I help?"), effects.texts);
        assertEquals(List.of(new Choice("order", "My order"), new Choice("bye", "Nothing"),
                new Choice(FlowEngine.AGENT_CHOICE_ID, FlowEngine.AGENT_CHOICE_TITLE)), effects.lastChoices);
    }

    @Test
    void aPickedChoiceLeadsToItsNextStepByIdOrByTypedTitleOrNumber() {
        FlowPosition menu = new FlowPosition("menu", SessionStatus.WAITING);

        assertEquals(new FlowPosition("ask-email", SessionStatus.WAITING), engine.onMessage(menu, "My order", "order"));
        assertEquals(new FlowPosition("ask-email", SessionStatus.WAITING), engine.onMessage(menu, "my ORDER ", null));
        assertEquals(new FlowPosition("goodbye", SessionStatus.ENDED), engine.onMessage(menu, "2", null));
        assertEquals("Bye!", effects.texts.get(effects.texts.size() - 1));
    }

    @Test
    void anAnswerThatIsNoChoiceAsksAgain() {
        FlowPosition menu = new FlowPosition("menu", SessionStatus.WAITING);

        assertEquals(menu, engine.onMessage(menu, "banana", null));
        assertEquals(List.of("How can I help?"), effects.texts);
        assertEquals(3, effects.lastChoices.size());
    }

    @Test
    void answersAreKeptAsAttributesAndAHandoverStepHandsOver() {
        engine.onMessage(new FlowPosition("ask-email", SessionStatus.WAITING), " ada@example.com ", null);
        FlowPosition at = engine.onMessage(new FlowPosition("ask-order", SessionStatus.WAITING), "A-42", null);

        assertEquals(List.of("email=ada@example.com", "order=A-42"), effects.remembered);
        assertEquals(new FlowPosition("to-agent", SessionStatus.HANDED_OVER), at);
        assertEquals(List.of("to-agent"), effects.handovers);
        assertEquals("Passing you on.", effects.texts.get(effects.texts.size() - 1));
    }

    @Test
    void aKeywordHandsOverFromTheStepTheUserIsAt() {
        FlowPosition at = engine.onMessage(new FlowPosition("ask-email", SessionStatus.WAITING),
                "I want a HUMAN please", null);

        assertEquals(new FlowPosition("ask-email", SessionStatus.HANDED_OVER), at);
        assertEquals(List.of("ask-email"), effects.handovers);
        assertEquals(List.of(), effects.remembered, "a request for a human is no answer");
    }

    @Test
    void aKeywordMatchesWholeWordsOnly() {
        FlowDefinition flow = Flows.support();

        assertTrue(flow.isKeyword("agent"));
        assertTrue(flow.isKeyword("Agent!"));
        assertEquals(false, flow.isKeyword("agentur"));
        assertEquals(false, flow.isKeyword("humane"));
    }

    @Test
    void theBuiltInAgentChoiceHandsOver() {
        FlowPosition at = engine.onMessage(new FlowPosition("menu", SessionStatus.WAITING), "Talk to an agent",
                FlowEngine.AGENT_CHOICE_ID);

        assertEquals(new FlowPosition("menu", SessionStatus.HANDED_OVER), at);
        assertEquals(List.of("menu"), effects.handovers);
    }

    @Test
    void afterAnEndOrAHandoverTheNextMessageStartsAgain() {
        assertEquals(new FlowPosition("menu", SessionStatus.WAITING),
                engine.onMessage(new FlowPosition("goodbye", SessionStatus.ENDED), "hello again", null));
        assertEquals(List.of("Hello!", "How can I help?"), effects.texts);
    }

    @Test
    void resumingRunsTheResumeStepAndWithoutOneStaysSilent() {
        assertEquals(new FlowPosition("menu", SessionStatus.WAITING), engine.resume().orElseThrow());
        assertEquals(List.of("How can I help?"), effects.texts);

        FlowDefinition noResume = Flows.flow("hello", null, Flows.message("hello", "Hi", "bye"), Flows.end("bye", null));
        assertTrue(new FlowEngine(noResume, new Recorded()).resume().isEmpty());
    }

    @Test
    void aBlankAnswerToAQuestionAsksAgain() {
        FlowPosition at = engine.onMessage(new FlowPosition("ask-email", SessionStatus.WAITING), " ", null);

        assertEquals(new FlowPosition("ask-email", SessionStatus.WAITING), at);
        assertEquals(List.of("Your email?"), effects.texts);
        assertEquals(List.of(), effects.remembered);
    }

    /** Records what a turn does, in order. */
    private static final class Recorded implements FlowEffects {

        final List<String> texts = new ArrayList<>();
        final List<String> remembered = new ArrayList<>();
        final List<String> handovers = new ArrayList<>();
        List<Choice> lastChoices = List.of();

        @Override
        public void reply(String text, List<Choice> choices) {
            texts.add(text);
            lastChoices = choices;
        }

        @Override
        public void remember(String attribute, String value) {
            remembered.add(attribute + "=" + value);
        }

        @Override
        public void handOver(String stepId, String reason) {
            handovers.add(stepId);
        }
    }
}
