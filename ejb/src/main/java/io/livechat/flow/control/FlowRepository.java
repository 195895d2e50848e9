package io.livechat.flow.control;

import io.livechat.bot.entity.Bot;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.entity.BotFlow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The flow that runs for a bot: its highest stored version, or the built-in default flow. */
@ApplicationScoped
public class FlowRepository {

    @PersistenceContext
    private EntityManager em;

    public FlowDefinition active(long botId) {
        return em.createNamedQuery(BotFlow.LATEST_OF_BOT, BotFlow.class)
                .setParameter("botId", botId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(stored -> FlowJson.read(stored.getDocument(), stored.getVersion()))
                .orElseGet(DefaultFlow::definition);
    }

    /** Stores the flow as the bot's next version; the caller holds the bot's lock. */
    public FlowDefinition store(Bot bot, FlowDefinition flow, Instant at, String by) {
        int next = active(bot.getId()).version() + 1;
        em.persist(new BotFlow(bot, next, FlowJson.write(flow), at, by));
        em.flush();
        return flow.withVersion(next);
    }
}
