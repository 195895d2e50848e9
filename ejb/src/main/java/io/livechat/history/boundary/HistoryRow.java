package io.livechat.history.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;
import java.time.Instant;
import java.util.List;

/**
 * One conversation in the history's results.
 *
 * @param contact the contact's name, or their "Visitor 4821" name while none is known
 * @param snippet the newest message that holds every searched word, around the first of them (null
 *                when the conversation matched by its contact, a tag or its visitor id only)
 */
public record HistoryRow(long conversationId, long contactId, String contact, Channel channel, Instant startedAt,
                         Instant lastMessageAt, Responder state, List<String> tags, String snippet) {

    public HistoryRow {
        tags = List.copyOf(tags);
    }
}
