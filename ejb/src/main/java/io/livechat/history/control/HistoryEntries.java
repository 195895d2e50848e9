package io.livechat.history.control;

import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.Sender;
import io.livechat.history.boundary.HistoryBoundary;
import io.livechat.history.boundary.HistoryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a conversation's handover boundaries between its messages where they happened. The messages
 * keep their order (by id, the order they were stored in); a boundary goes before the first message
 * stored after it, so a message stored in the same instant stays before it (the transcript a
 * handover request brings is stored just before the request). What a transition told the user
 * ("You are being transferred", "You are back in the queue") is a notice stored after the
 * transition's time was taken, within the same millisecond or not, so a notice of the same instant
 * follows the boundary: the order must not depend on where the clock ticked.
 */
public final class HistoryEntries {

    private HistoryEntries() {
    }

    public static List<HistoryEntry> merge(List<MessageView> messages, List<HistoryBoundary> boundaries) {
        List<HistoryBoundary> pending = new ArrayList<>(boundaries);
        pending.sort(Comparator.comparing(HistoryBoundary::at));
        List<HistoryEntry> entries = new ArrayList<>(messages.size() + boundaries.size());
        int next = 0;
        for (MessageView message : messages) {
            while (next < pending.size() && goesBefore(pending.get(next), message)) {
                entries.add(HistoryEntry.of(pending.get(next++)));
            }
            entries.add(HistoryEntry.of(message));
        }
        while (next < pending.size()) {
            entries.add(HistoryEntry.of(pending.get(next++)));
        }
        return entries;
    }

    private static boolean goesBefore(HistoryBoundary boundary, MessageView message) {
        return boundary.at().isBefore(message.createdAt())
                || message.sender() == Sender.SYSTEM && boundary.at().equals(message.createdAt());
    }
}
