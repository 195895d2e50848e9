package io.livechat.unread.rest;

import io.livechat.unread.boundary.UnreadCount;
import io.livechat.unread.boundary.UnreadSummary;
import java.util.List;

/** What the caller has not seen at a bot: the total of their lists, and each handover with anything unread. */
public record UnreadResponse(long botId, long total, List<Row> handovers) {

    public static UnreadResponse of(UnreadSummary summary) {
        return new UnreadResponse(summary.botId(), summary.total(),
                summary.handovers().stream().map(Row::of).toList());
    }

    /** One handover of the caller's lists and what they have not seen of its conversation. */
    public record Row(long handoverId, long conversationId, int unread) {

        static Row of(UnreadCount count) {
            return new Row(count.handoverId(), count.conversationId(), count.unread());
        }
    }
}
