package io.livechat.bot.rest;

import io.livechat.bot.entity.Bot;

/** A new bot, with the public key its web widget is embedded with. */
public record BotCreated(long id, String name, String widgetKey) {

    public static BotCreated of(Bot bot) {
        return new BotCreated(bot.getId(), bot.getName(), bot.getWidgetKey());
    }
}
