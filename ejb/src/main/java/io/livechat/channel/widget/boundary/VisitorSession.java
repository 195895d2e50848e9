package io.livechat.channel.widget.boundary;

/**
 * A session handed to the widget: the token it authenticates with from now on, who it is, and
 * whether the bot's widget offers dictation.
 */
public record VisitorSession(String token, Visitor visitor, boolean dictation) {
}
