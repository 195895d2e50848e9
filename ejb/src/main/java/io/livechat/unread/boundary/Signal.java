package io.livechat.unread.boundary;

/**
 * Something a person's console may signal with a sound and a desktop notification: a new handover of
 * one of their bots, or a user's message in a conversation assigned to them.
 *
 * @param tag  the same for every tab of the person, so that a browser shows one notification for it
 * @param text the user's message (cut to {@link Unread#SIGNAL_TEXT} characters), or the handover's reason
 */
public record Signal(Kind kind, String tag, long botId, String botName, long handoverId, long conversationId,
                     String contactName, String text) {

    public enum Kind {
        HANDOVER,
        MESSAGE
    }
}
