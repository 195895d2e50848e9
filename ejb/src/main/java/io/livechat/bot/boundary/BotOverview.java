package io.livechat.bot.boundary;

import io.livechat.bot.entity.Bot;
import java.io.Serializable;

/**
 * A bot as the bots page lists it. The page keeps its list in a view-scoped bean, which a cluster
 * replicates with the session: the entity would carry its members, texts and call settings along.
 */
public record BotOverview(long id, String name, String widgetKey, String whatsappPhoneNumberId) implements Serializable {

    static BotOverview of(Bot bot) {
        return new BotOverview(bot.getId(), bot.getName(), bot.getWidgetKey(), bot.getWhatsappPhoneNumberId());
    }
}
