package io.livechat.flow.entity;

/** Where a conversation stands with the bot's workflow. */
public enum SessionStatus {
    /** The bot asked a question or offered choices and waits for the user's answer at the step. */
    WAITING,
    /** The flow handed the conversation over at the step; the bot takes it back at the resume step. */
    HANDED_OVER,
    /** The flow reached an end step; the user's next message starts it again. */
    ENDED
}
