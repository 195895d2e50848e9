package io.livechat.history.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Sender;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.history.boundary.HistoryBoundary;
import io.livechat.history.boundary.HistoryEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryEntriesTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void boundariesGoBeforeTheFirstMessageStoredAfterThemAndMessagesOfTheSameInstantStayBefore() {
        List<MessageView> messages = List.of(message(1, 0), message(2, 5), message(3, 6), message(4, 20));
        List<HistoryBoundary> boundaries = List.of(boundary(HandoverAction.RESOLVED, 30),
                boundary(HandoverAction.REQUESTED, 5), boundary(HandoverAction.ASSIGNED, 10));
        List<String> order = HistoryEntries.merge(messages, boundaries).stream().map(HistoryEntriesTest::name).toList();
        assertEquals(List.of("m1", "m2", "REQUESTED", "m3", "ASSIGNED", "m4", "RESOLVED"), order);
    }

    @Test
    void messagesKeepTheirStoredOrderWhateverTheirTimes() {
        List<MessageView> messages = List.of(message(1, 9), message(2, 3));
        List<String> order = HistoryEntries.merge(messages, List.of(boundary(HandoverAction.ASSIGNED, 5))).stream()
                .map(HistoryEntriesTest::name).toList();
        assertEquals(List.of("ASSIGNED", "m1", "m2"), order);
    }

    @Test
    void aNoticeOfTheSameInstantFollowsTheTransitionThatToldIt() {
        List<MessageView> messages = List.of(message(1, 0), notice(2, 10), message(3, 10));
        List<String> order = HistoryEntries.merge(messages, List.of(boundary(HandoverAction.UNASSIGNED, 10))).stream()
                .map(HistoryEntriesTest::name).toList();
        assertEquals(List.of("m1", "UNASSIGNED", "m2", "m3"), order);
    }

    private static String name(HistoryEntry entry) {
        return entry.isMessage() ? "m" + entry.message().id() : entry.boundary().action().name();
    }

    private static MessageView message(long id, int second) {
        return new MessageView(id, 7, Sender.USER, null, null, "text " + id, T.plusSeconds(second),
                DeliveryStatus.RECEIVED, null, List.of(), null, List.of());
    }

    private static MessageView notice(long id, int second) {
        return new MessageView(id, 7, Sender.SYSTEM, null, null, "notice " + id, T.plusSeconds(second),
                DeliveryStatus.RECEIVED, null, List.of(), null, List.of());
    }

    private static HistoryBoundary boundary(HandoverAction action, int second) {
        return new HistoryBoundary(3, T.plusSeconds(second), action, "Amy", "ask-order", null);
    }
}
