package io.livechat.history.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;
import java.time.Instant;
import java.util.List;

/**
 * A conversation read in the history, read-only: its contact's profile, its messages with the
 * handover boundaries between them, and every conversation of the contact with the bot (this one
 * among them), newest first.
 *
 * @param visitorId the contact's id on their channel (a widget visitor's id, a WhatsApp number)
 */
public record HistoryConversation(long conversationId, long botId, String botName, long contactId, String contactName,
                                  String phone, String email, String visitorId, Channel channel, Instant startedAt,
                                  Instant lastMessageAt, Responder state, List<String> tags, List<HistoryEntry> entries,
                                  List<ContactConversation> contactConversations) {

    public HistoryConversation {
        tags = List.copyOf(tags);
        entries = List.copyOf(entries);
        contactConversations = List.copyOf(contactConversations);
    }
}
