package io.livechat.history.control;

import io.livechat.history.boundary.HistoryFilter;
import io.livechat.history.control.HistoryQueries.Hit;
import io.livechat.history.control.HistoryQueries.Plan;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The results of recent searches on this node, for 15 seconds: one query finds a search's
 * conversations (up to the cap and one more), and the pages of the table are slices of it, so paging
 * costs one small query for what a page shows. Only ever read after the caller's access to the bot
 * was checked.
 */
@ApplicationScoped
public class SearchCache {

    /** A search looked up, and its first conversations (one more than the cap says there are more). */
    public record Found(Plan plan, List<Hit> hits) {

        public Found {
            hits = List.copyOf(hits);
        }
    }

    private static final Duration KEPT = Duration.ofSeconds(15);
    private static final int SEARCHES = 200;

    @Inject
    private Clock clock;

    private BoundedCache<HistoryFilter, Found> cache;

    @PostConstruct
    void create() {
        cache = new BoundedCache<>(SEARCHES, KEPT, clock::instant);
    }

    public Found get(HistoryFilter filter, Supplier<Found> search) {
        return cache.get(filter, search);
    }
}
