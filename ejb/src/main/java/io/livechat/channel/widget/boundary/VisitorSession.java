package io.livechat.channel.widget.boundary;

/** A session handed to the widget: the token it authenticates with from now on, and who it is. */
public record VisitorSession(String token, Visitor visitor) {
}
