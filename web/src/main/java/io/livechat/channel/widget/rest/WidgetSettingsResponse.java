package io.livechat.channel.widget.rest;

import io.livechat.channel.widget.boundary.WidgetSettingsView;
import java.util.List;

/**
 * A bot's widget settings: the key the snippet embeds, allowed origins, the identity-signing secret,
 * and whether the composer offers dictation.
 */
public record WidgetSettingsResponse(long botId, String widgetKey, List<String> allowedOrigins, String secret,
                                     boolean dictation) {

    public static WidgetSettingsResponse of(WidgetSettingsView view) {
        return new WidgetSettingsResponse(view.botId(), view.widgetKey(), view.allowedOrigins(), view.secret(),
                view.dictation());
    }
}
