package io.livechat.call.entity;

/**
 * Where a call is: it rings, then the visitor accepts it (ACTIVE until someone hangs up: ENDED) or
 * declines it, nobody answers in time (MISSED), or the agent gives up while it rings (CANCELLED).
 */
public enum CallState {
    RINGING,
    ACTIVE,
    DECLINED,
    MISSED,
    CANCELLED,
    ENDED;

    /** Ringing or ongoing: the conversation has no room for another call. */
    public boolean isOpen() {
        return this == RINGING || this == ACTIVE;
    }
}
