package io.livechat.conversation.boundary;

import io.livechat.conversation.entity.Sender;

/** One line of what was said before a handover: by the user or by the bot. */
public record TranscriptLine(Sender sender, String text) {
}
