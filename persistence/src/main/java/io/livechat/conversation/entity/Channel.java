package io.livechat.conversation.entity;

/** Where an end user talks to a bot. */
public enum Channel {
    /** The chat widget embedded in a web site. */
    WEB,
    /** WhatsApp, through the Cloud API. */
    WHATSAPP
}
