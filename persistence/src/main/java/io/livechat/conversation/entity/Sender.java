package io.livechat.conversation.entity;

/** Who wrote a message of a transcript. */
public enum Sender {
    USER,
    BOT,
    AGENT,
    /** A notice of Live Chat itself, such as "You are being transferred to Agent". */
    SYSTEM,
    /**
     * A private note of the bot's people (an agent, a manager, an admin) in the transcript: never sent
     * to the user, never in what the user reads ({@link Message#FOR_USER_AFTER}).
     */
    NOTE
}
