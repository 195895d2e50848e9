package io.livechat.bot.boundary;

/**
 * An admin changed after how many minutes of waiting a handover of the bot is an alert. Fired in the
 * change's transaction; the open live views of the bot read it again after commit.
 */
public record WaitAlertChanged(long botId, int minutes) {
}
