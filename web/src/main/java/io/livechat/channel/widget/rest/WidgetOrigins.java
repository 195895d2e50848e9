package io.livechat.channel.widget.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The web site origins allowed to embed a bot's widget, such as {@code https://shop.example.com}, and
 * whether its composer offers dictation (left as it is when not given).
 */
public record WidgetOrigins(@NotNull @Size(max = 50) List<@NotNull @Size(max = 200) String> allowedOrigins,
                            Boolean dictation) {
}
