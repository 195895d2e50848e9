package io.livechat.agent.entity;

/** What a person may do. The names double as the security roles the server checks. */
public enum Role {
    /** Sees and manages every bot and every user. */
    ADMIN,
    /** Sees the bots they are a member of and may unassign or resolve any of their handovers. */
    MANAGER,
    /** Takes handovers of the bots they are a member of. */
    AGENT
}
