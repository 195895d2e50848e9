package io.livechat.conversation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final Bot bot = new Bot("Support", "key", T0);
    private final Conversation conversation = new Conversation(bot, new Contact(bot, Channel.WHATSAPP, "316", T0), T0);

    @Test
    void inboundMessagesArriveDeliveredAndOutboundOnesWaitForTheirChannel() {
        assertEquals(DeliveryStatus.RECEIVED, Message.fromUser(conversation, "hi", "wamid.1", T0).getDeliveryStatus());
        assertEquals(DeliveryStatus.PENDING, Message.notice(conversation, "Resolved", T0).getDeliveryStatus());
        UserAccount alice = new UserAccount("alice", "Alice", Role.AGENT, T0);
        Message reply = Message.fromAgent(conversation, alice, "Hello", T0);
        assertEquals(DeliveryStatus.PENDING, reply.getDeliveryStatus());
        assertEquals(Optional.of(alice), reply.getAuthor());
        assertEquals(Sender.AGENT, reply.getSender());
    }

    @Test
    void aPrivateNoteIsForNoUserHasNothingToDeliverAndLeavesTheLastActivity() {
        UserAccount alice = new UserAccount("alice", "Alice", Role.AGENT, T0);
        Message note = Message.privateNote(conversation, alice, "Refund approved", T0.plusSeconds(60));
        assertEquals(Sender.NOTE, note.getSender());
        assertEquals(Optional.of(alice), note.getAuthor());
        assertEquals(DeliveryStatus.RECEIVED, note.getDeliveryStatus());
        assertEquals(Channel.WHATSAPP, note.getChannel());
        assertFalse(note.isForUser());
        assertTrue(Message.notice(conversation, "Resolved", T0).isForUser());
        assertEquals(T0, conversation.getLastMessageAt(), "a note is not the chat's latest message");
    }

    @Test
    void aMessageTakesItsConversationsChannelAndMovesItsLastActivity() {
        Message message = Message.fromUser(conversation, "hi", "wamid.2", T0.plusSeconds(90));
        assertEquals(Channel.WHATSAPP, message.getChannel());
        assertEquals(T0.plusSeconds(90), conversation.getLastMessageAt());
        Message.fromUser(conversation, "late redelivery", "wamid.0", T0.plusSeconds(10));
        assertEquals(T0.plusSeconds(90), conversation.getLastMessageAt(), "an older message does not move it back");
    }

    @Test
    void anAgentReplyNeedsItsAuthor() {
        assertThrows(NullPointerException.class, () -> Message.fromAgent(conversation, null, "Hello", T0));
    }

    @Test
    void aFailedDeliveryKeepsItsReason() {
        Message notice = Message.notice(conversation, "Resolved", T0);
        notice.markFailed("131047: the 24-hour window is closed");
        assertEquals(DeliveryStatus.FAILED, notice.getDeliveryStatus());
        assertEquals(Optional.of("131047: the 24-hour window is closed"), notice.getFailureReason());
    }
}
