package io.livechat.canned.boundary;

/** Fired when a canned response of the bot was created, changed or deleted; the consoles read the list again. */
public record CannedResponsesChanged(long botId) {
}
