package io.livechat.flow.control;

import io.livechat.bot.entity.Bot;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.entity.BotFlow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The flow that runs for a bot: its highest stored version, or the built-in default flow. */
@ApplicationScoped
public class FlowRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * Each bot's flow as last read, parsed. A stored version never changes, so an entry is right
     * for as long as its version is the bot's highest: every message asks the database for that
     * number only, and reads and parses the document only when a new version was imported.
     */
    private final Map<Long, FlowDefinition> parsed = new ConcurrentHashMap<>();

    public FlowDefinition active(long botId) {
        Integer latest = em.createNamedQuery(BotFlow.LATEST_VERSION_OF_BOT, Integer.class)
                .setParameter("botId", botId)
                .getSingleResult();
        if (latest == null) {
            return DefaultFlow.definition();
        }
        FlowDefinition known = parsed.get(botId);
        if (known != null && known.version() == latest) {
            return known;
        }
        FlowDefinition read = read(botId);
        parsed.put(botId, read);
        return read;
    }

    private FlowDefinition read(long botId) {
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
