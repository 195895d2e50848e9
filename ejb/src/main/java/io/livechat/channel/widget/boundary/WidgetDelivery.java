package io.livechat.channel.widget.boundary;

import io.livechat.conversation.boundary.MessageView;

/** A message for a widget visitor was committed; the web module pushes it to the visitor's open widgets. */
public record WidgetDelivery(long botId, String visitorId, MessageView message) {
}
