package io.livechat.agent.entity;

/** Whether an agent is taking handovers right now; only an online agent may assign one to themself. */
public enum Presence {
    ONLINE,
    OFFLINE
}
