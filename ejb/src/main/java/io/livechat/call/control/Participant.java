package io.livechat.call.control;

/** A side of a call: the agent who rang (an EnableX moderator) or the visitor who answered. */
public enum Participant {
    AGENT,
    VISITOR
}
