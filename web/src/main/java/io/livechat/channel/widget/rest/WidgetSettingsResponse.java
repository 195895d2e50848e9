package io.livechat.channel.widget.rest;

import io.livechat.channel.widget.boundary.WidgetSettingsView;
import java.util.List;

/** A bot's widget settings: the key the snippet embeds, allowed origins, and the identity-signing secret. */
public record WidgetSettingsResponse(long botId, String widgetKey, List<String> allowedOrigins, String secret) {

    public static WidgetSettingsResponse of(WidgetSettingsView view) {
        return new WidgetSettingsResponse(view.botId(), view.widgetKey(), view.allowedOrigins(), view.secret());
    }
}
