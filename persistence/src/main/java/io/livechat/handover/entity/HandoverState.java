package io.livechat.handover.entity;

/**
 * Where a handover is in its life: PENDING (waiting in the list) → ASSIGNED (an agent owns it) →
 * back to PENDING on unassign, or RESOLVED (closed for good) from ASSIGNED.
 */
public enum HandoverState {
    PENDING,
    ASSIGNED,
    RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
