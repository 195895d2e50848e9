package io.livechat.handover.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Responder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandoverTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private Conversation conversation;
    private UserAccount alice;
    private UserAccount ben;
    private Handover handover;

    @BeforeEach
    void setUp() {
        Bot bot = new Bot("Support", "key", T0);
        conversation = new Conversation(bot, new Contact(bot, Channel.WEB, "visitor-1", T0), T0);
        alice = new UserAccount("alice", "Alice", Role.AGENT, T0);
        ben = new UserAccount("ben", "Ben", Role.AGENT, T0);
        handover = new Handover(conversation, "refund", "Needs a person", T0);
    }

    @Test
    void aRequestQueuesTheConversationForAnAgent() {
        assertEquals(HandoverState.PENDING, handover.getState());
        assertEquals(Responder.QUEUED, conversation.getResponder());
        assertEquals("refund", handover.getStep());
        assertEquals(Optional.empty(), handover.getAssignee());
    }

    @Test
    void assigningHandsTheConversationToTheAgent() {
        handover.assignTo(alice, T0.plusSeconds(30));
        assertEquals(HandoverState.ASSIGNED, handover.getState());
        assertEquals(Optional.of(alice), handover.getAssignee());
        assertEquals(Optional.of(T0.plusSeconds(30)), handover.getAssignedAt());
        assertEquals(Responder.AGENT, conversation.getResponder());
        assertTrue(handover.isAssignedTo(alice));
    }

    @Test
    void unassigningReturnsItToTheQueue() {
        handover.assignTo(alice, T0);
        handover.unassign(T0.plusSeconds(60));
        assertEquals(HandoverState.PENDING, handover.getState());
        assertEquals(Optional.empty(), handover.getAssignee());
        assertEquals(Optional.empty(), handover.getAssignedAt());
        assertEquals(Responder.QUEUED, conversation.getResponder());
        assertFalse(handover.isAssignedTo(alice));
    }

    @Test
    void resolvingGivesTheConversationBackToTheBotAndKeepsTheAssignee() {
        handover.assignTo(alice, T0);
        handover.resolve(T0.plusSeconds(600));
        assertEquals(HandoverState.RESOLVED, handover.getState());
        assertEquals(Optional.of(T0.plusSeconds(600)), handover.getResolvedAt());
        assertEquals(Optional.of(alice), handover.getAssignee());
        assertEquals(Responder.BOT, conversation.getResponder());
        assertFalse(handover.isAssignedTo(alice), "a resolved handover is nobody's to work");
        assertFalse(handover.getState().isOpen());
    }

    @Test
    void refusesTransitionsTheLifecycleDoesNotHave() {
        assertThrows(IllegalStateException.class, () -> handover.resolve(T0));
        assertThrows(IllegalStateException.class, () -> handover.unassign(T0));
        handover.assignTo(alice, T0);
        assertThrows(IllegalStateException.class, () -> handover.assignTo(alice, T0));
        handover.resolve(T0);
        assertThrows(IllegalStateException.class, () -> handover.assignTo(alice, T0));
        assertThrows(IllegalStateException.class, () -> handover.unassign(T0));
        assertThrows(IllegalStateException.class, () -> handover.resolve(T0));
    }

    @Test
    void keepsTheReportFactsOfEachTransition() {
        assertEquals(Channel.WEB, handover.getChannel());
        handover.assignTo(alice, T0.plusSeconds(30));
        handover.unassign(T0.plusSeconds(90));
        handover.assignTo(ben, T0.plusSeconds(120));
        handover.answeredBy(ben, T0.plusSeconds(150));
        handover.answeredBy(ben, T0.plusSeconds(170));
        handover.handOnTo(alice, T0.plusSeconds(200));
        handover.answeredBy(alice, T0.plusSeconds(260));
        handover.resolve(T0.plusSeconds(600));

        assertEquals(Optional.of(T0.plusSeconds(30)), handover.getFirstAssignedAt(), "the first assignment stays");
        assertEquals(Optional.of(T0.plusSeconds(200)), handover.getAssignedAt(), "the current holder's");
        assertEquals(Optional.of(T0.plusSeconds(150)), handover.getFirstResponseAt());
        assertEquals(1, handover.getReturnCount());
        assertEquals(List.of("alice 30-90 RETURNED none", "ben 120-200 HANDED_ON 150", "alice 200-600 RESOLVED 260"),
                handover.getHolds().stream().map(HandoverTest::describe).toList());
    }

    @Test
    void onlyTheAssigneeAnswers() {
        assertThrows(IllegalStateException.class, () -> handover.answeredBy(alice, T0));
        handover.assignTo(alice, T0);
        assertThrows(IllegalStateException.class, () -> handover.answeredBy(ben, T0));
        assertEquals(Optional.empty(), handover.getFirstResponseAt());
        assertTrue(handover.getHolds().get(0).isOpen());
    }

    private static String describe(HandoverHold hold) {
        return hold.getAgent().getUsername() + " " + seconds(hold.getFromAt()) + "-"
                + hold.getToAt().map(HandoverTest::seconds).orElse("open") + " "
                + hold.getEndedBy().map(Enum::name).orElse("held") + " "
                + hold.getFirstResponseAt().map(HandoverTest::seconds).orElse("none");
    }

    private static String seconds(Instant at) {
        return String.valueOf(at.getEpochSecond() - T0.getEpochSecond());
    }
}
