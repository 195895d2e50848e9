package io.livechat.bot.entity;

/** The service that carries a bot's audio and video calls. */
public enum CallProviderType {
    /** WebRTC between the agent's browser and the visitor's widget, signalled through Live Chat's own sockets. */
    BUILT_IN,
    /** The bot's EnableX project: EnableX's server API makes the room, its browser SDK joins it. */
    ENABLEX
}
