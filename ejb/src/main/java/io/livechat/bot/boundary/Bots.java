package io.livechat.bot.boundary;

import io.livechat.bot.entity.Bot;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The bots a person works, as their dashboard shows them. */
@Stateless
public class Bots {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    /** The caller's bots by name, each with its count of pending handovers (one query for all counts). */
    public List<BotSummary> ofCaller() {
        List<Bot> bots = access.visibleToCaller();
        if (bots.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> pending = em.createNamedQuery(Handover.COUNT_OF_BOT_IN_STATE, Object[].class)
                .setParameter("botIds", bots.stream().map(Bot::getId).toList())
                .setParameter("state", HandoverState.PENDING)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return bots.stream()
                .map(bot -> new BotSummary(bot.getId(), bot.getName(), pending.getOrDefault(bot.getId(), 0L)))
                .toList();
    }

    /**
     * The usernames of everyone who may see the bot's handovers: what the consoles push about the
     * bot goes to them only. Runs in its own transaction: pushes ask after the change committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<String> audienceOf(long botId) {
        return Set.copyOf(em.createNamedQuery(Bot.AUDIENCE, String.class).setParameter("botId", botId).getResultList());
    }
}
