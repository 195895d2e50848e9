package io.livechat.unread.boundary;

import java.util.List;

/** What one person has not seen at one bot: the total, and each handover of their lists with anything unread. */
public record UnreadSummary(long botId, long total, List<UnreadCount> handovers) {
}
