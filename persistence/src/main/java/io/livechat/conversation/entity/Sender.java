package io.livechat.conversation.entity;

/** Who wrote a message of a transcript. */
public enum Sender {
    USER,
    BOT,
    AGENT,
    /** A notice of Live Chat itself, such as "You are being transferred to Agent". */
    SYSTEM
}
