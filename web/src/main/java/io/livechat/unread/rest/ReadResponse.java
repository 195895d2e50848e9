package io.livechat.unread.rest;

import io.livechat.unread.boundary.ReadState;
import jakarta.json.bind.annotation.JsonbNillable;

/** The caller's read mark of a conversation after marking it, and what is left unread. */
@JsonbNillable
public record ReadResponse(long conversationId, Long handoverId, long lastReadMessageId, int unread) {

    public static ReadResponse of(ReadState state) {
        return new ReadResponse(state.conversationId(), state.handoverId(), state.lastReadMessageId(), state.unread());
    }
}
