package io.livechat.handover.entity;

/** What happened to a handover. */
public enum HandoverAction {
    REQUESTED,
    ASSIGNED,
    UNASSIGNED,
    RESOLVED
}
