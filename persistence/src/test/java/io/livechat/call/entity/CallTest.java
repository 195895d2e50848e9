package io.livechat.call.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.bot.entity.CallProviderType;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import io.livechat.handover.entity.Handover;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallTest {

    private static final Instant T0 = Instant.parse("2026-12-01T15:00:00Z");

    private Handover handover;
    private UserAccount alice;

    @BeforeEach
    void setUp() {
        Bot bot = new Bot("Support", "key", T0);
        Conversation conversation = new Conversation(bot, new Contact(bot, Channel.WEB, "visitor-1", T0), T0);
        alice = new UserAccount("alice", "Alice", Role.AGENT, T0);
        handover = new Handover(conversation, "refund", null, T0);
        handover.assignTo(alice, T0);
    }

    private Call ring(CallKind kind) {
        return new Call(handover, alice, kind, CallProviderType.BUILT_IN, T0);
    }

    @Test
    void aCallRingsUntilTheVisitorAcceptsAndLastsFromTheAnswerToTheHangUp() {
        Call call = ring(CallKind.VIDEO);
        assertEquals(CallState.RINGING, call.getState());
        assertTrue(call.getState().isOpen());
        call.accept(true, T0.plusSeconds(5));
        assertEquals(CallState.ACTIVE, call.getState());
        assertTrue(call.isVisitorVideo());
        call.hangUp("alice", T0.plusSeconds(70));
        assertEquals(CallState.ENDED, call.getState());
        assertFalse(call.getState().isOpen());
        assertEquals(Optional.of(Duration.ofSeconds(65)), call.talkTime());
        assertEquals(Optional.of("alice"), call.getEndedBy());
    }

    @Test
    void anAudioCallNeverCarriesTheVisitorsCamera() {
        Call call = ring(CallKind.AUDIO);
        call.accept(true, T0);
        assertFalse(call.isVisitorVideo());
    }

    @Test
    void aCallThatEndsWhileRingingHasNoTalkTime() {
        Call declined = ring(CallKind.AUDIO);
        declined.decline(T0.plusSeconds(3));
        assertEquals(CallState.DECLINED, declined.getState());
        assertEquals(Optional.empty(), declined.talkTime());
        Call missed = ring(CallKind.AUDIO);
        missed.miss(T0.plusSeconds(30));
        assertEquals(CallState.MISSED, missed.getState());
        Call cancelled = ring(CallKind.VIDEO);
        cancelled.cancel("alice", T0.plusSeconds(2));
        assertEquals(CallState.CANCELLED, cancelled.getState());
    }

    @Test
    void refusesTransitionsACallDoesNotHave() {
        Call call = ring(CallKind.VIDEO);
        assertThrows(IllegalStateException.class, () -> call.hangUp("alice", T0));
        call.decline(T0);
        assertThrows(IllegalStateException.class, () -> call.accept(true, T0));
        assertThrows(IllegalStateException.class, () -> call.miss(T0));
        assertThrows(IllegalStateException.class, () -> call.cancel("alice", T0));
    }
}
