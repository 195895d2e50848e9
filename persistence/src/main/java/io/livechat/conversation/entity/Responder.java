package io.livechat.conversation.entity;

/** Who answers the user right now. */
public enum Responder {
    /** The bot's workflow answers. */
    BOT,
    /** The user waits for an agent: the bot is silent. */
    QUEUED,
    /** An agent answers. */
    AGENT
}
