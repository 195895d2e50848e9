package io.livechat.history.boundary;

import io.livechat.conversation.boundary.MessageView;

/** One entry of a conversation read in the history: a message, or a handover boundary between messages. */
public record HistoryEntry(MessageView message, HistoryBoundary boundary) {

    public HistoryEntry {
        if ((message == null) == (boundary == null)) {
            throw new IllegalArgumentException("An entry is a message or a boundary");
        }
    }

    public static HistoryEntry of(MessageView message) {
        return new HistoryEntry(message, null);
    }

    public static HistoryEntry of(HistoryBoundary boundary) {
        return new HistoryEntry(null, boundary);
    }

    public boolean isMessage() {
        return message != null;
    }
}
