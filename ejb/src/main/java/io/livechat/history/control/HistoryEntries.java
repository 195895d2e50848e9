package io.livechat.history.control;

import io.livechat.conversation.boundary.MessageView;
import io.livechat.history.boundary.HistoryBoundary;
import io.livechat.history.boundary.HistoryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a conversation's handover boundaries between its messages where they happened. The messages
 * keep their order (by id, the order they were stored in); a boundary goes before the first message
 * stored after it, so a message stored in the same instant stays before it (the transcript a
 * handover request brings is stored just before the request), and what a transition told the user
 * ("You are being transferred") follows it.
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
            while (next < pending.size() && pending.get(next).at().isBefore(message.createdAt())) {
                entries.add(HistoryEntry.of(pending.get(next++)));
            }
            entries.add(HistoryEntry.of(message));
        }
        while (next < pending.size()) {
            entries.add(HistoryEntry.of(pending.get(next++)));
        }
        return entries;
    }
}
