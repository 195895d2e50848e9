package io.livechat.bot.rest;

import io.livechat.bot.entity.Bot;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What an admin sets: a handover waiting this many minutes (1 to 1440, a day) is an alert. */
public record WaitAlertRequest(
        @NotNull(message = "is required: the minutes (1 to 1440) after which a waiting handover is an alert")
        @Min(value = Bot.MIN_WAIT_ALERT_MINUTES, message = "must be between 1 and 1440 minutes")
        @Max(value = Bot.MAX_WAIT_ALERT_MINUTES, message = "must be between 1 and 1440 minutes")
        Integer minutes) {
}
