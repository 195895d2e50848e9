package io.livechat.call.boundary;

import io.livechat.bot.entity.CallProviderType;
import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.CallState;
import java.time.Instant;

/**
 * A call as callers see it, taken inside the transaction that read it.
 *
 * @param talkSeconds how long the two talked, once an accepted call ended; null otherwise
 */
public record CallView(long id, long botId, long conversationId, long handoverId, CallKind kind,
                       CallProviderType provider, CallState state, String agent, String agentName,
                       boolean visitorVideo, Instant rangAt, Instant answeredAt, Instant endedAt, Long talkSeconds) {

    public static CallView of(Call call) {
        return new CallView(call.getId(), call.getBot().getId(), call.getConversation().getId(),
                call.getHandover().getId(), call.getKind(), call.getProvider(), call.getState(),
                call.getAgent().getUsername(), call.getAgent().getDisplayName(), call.isVisitorVideo(),
                call.getRangAt(), call.getAnsweredAt().orElse(null), call.getEndedAt().orElse(null),
                call.talkTime().map(java.time.Duration::toSeconds).orElse(null));
    }
}
