package io.livechat.history.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;
import java.io.Serializable;

/**
 * What a history search asks for: the bot's conversations that match the text (none: all of them),
 * on the channel and in the state if they are named (null: any).
 *
 * @param text  the typed search text, as the page's {@code q} parameter holds it
 * @param state who answers the conversation now: the bot (resolved, or never handed over), the queue, an agent
 */
public record HistoryFilter(long botId, String text, Channel channel, Responder state) implements Serializable {

    /** The longest search text: longer is refused, as nobody types it and each word costs index reads. */
    public static final int MAX_TEXT = 200;

    public HistoryFilter {
        text = text == null ? "" : text.strip();
    }
}
