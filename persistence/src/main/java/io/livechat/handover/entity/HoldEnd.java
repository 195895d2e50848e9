package io.livechat.handover.entity;

/** How an agent's hold of a handover ended: moved to another agent, given back to the queue, or resolved. */
public enum HoldEnd {
    HANDED_ON,
    RETURNED,
    RESOLVED
}
