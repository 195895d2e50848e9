package io.livechat.call.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.bot.entity.CallProviderType;
import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallKind;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import io.livechat.handover.entity.Handover;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallRecordsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T15:00:00Z");

    private static Call call(CallKind kind) {
        Bot bot = new Bot("Support", "key", T0);
        Conversation conversation = new Conversation(bot, new Contact(bot, Channel.WEB, "visitor-1", T0), T0);
        UserAccount alice = new UserAccount("alice", "Alice Agent", Role.AGENT, T0);
        Handover handover = new Handover(conversation, null, null, T0);
        handover.assignTo(alice, T0);
        return new Call(handover, alice, kind, CallProviderType.BUILT_IN, T0);
    }

    @Test
    void theTranscriptLineNamesKindAgentOutcomeAndTalkTime() {
        Call ended = call(CallKind.VIDEO);
        ended.accept(true, T0.plusSeconds(3));
        ended.hangUp("alice", T0.plusSeconds(3 + 245));
        assertEquals("Video call started by Alice Agent: accepted, 4:05", CallRecords.summary(ended));

        Call missed = call(CallKind.AUDIO);
        missed.miss(T0.plusSeconds(45));
        assertEquals("Audio call started by Alice Agent: missed", CallRecords.summary(missed));
        Call declined = call(CallKind.AUDIO);
        declined.decline(T0);
        assertEquals("Audio call started by Alice Agent: declined", CallRecords.summary(declined));
    }

    @Test
    void talkTimeReadsAsAClock() {
        assertEquals("0:00", CallRecords.clock(Duration.ZERO));
        assertEquals("0:59", CallRecords.clock(Duration.ofSeconds(59)));
        assertEquals("59:59", CallRecords.clock(Duration.ofSeconds(3599)));
        assertEquals("1:00:00", CallRecords.clock(Duration.ofHours(1)));
        assertEquals("2:03:04", CallRecords.clock(Duration.ofSeconds(2 * 3600 + 3 * 60 + 4)));
    }
}
