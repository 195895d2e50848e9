package io.livechat.channel.widget.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A bot's widget settings as an admin sees them: the embed key, the allowed origins, the signing
 * secret, and whether the composer offers dictation.
 */
public record WidgetSettingsView(long botId, String widgetKey, List<String> allowedOrigins, String secret,
                                 boolean dictation) implements Serializable {
    private static final long serialVersionUID = 1L;
}
