package io.livechat.console.push;

import io.livechat.agent.boundary.AgentConsoles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.push.SocketEvent;
import org.omnifaces.cdi.push.SocketEvent.Closed;
import org.omnifaces.cdi.push.SocketEvent.Opened;

/**
 * Counts the console push sockets each person has open on this node (a page, a tab, a window each),
 * and tells {@link AgentConsoles} when their first one here opens and their last one here closes, so
 * that an agent with no console open anywhere in the cluster goes offline after a while. The count
 * changes and the record of it are made under the map's lock for that person, so a close and a
 * reopen right after it are recorded in the order they happened.
 */
@ApplicationScoped
public class ConsoleSockets {

    private static final Logger LOG = Logger.getLogger(ConsoleSockets.class.getName());

    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    /** This node, as the console table names it; a restarted node is a new one. */
    private final String node = UUID.randomUUID().toString();

    @Inject
    private AgentConsoles consoles;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> confirming;

    @PostConstruct
    void startConfirming() {
        long every = AgentConsoles.CONFIRM_EVERY.toSeconds();
        confirming = scheduler.scheduleAtFixedRate(() -> record(() -> consoles.confirm(node)), every, every,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopConfirming() {
        confirming.cancel(false);
    }

    void opened(@Observes @Opened SocketEvent event) {
        String user = userOf(event);
        if (user != null) {
            open.compute(user, (name, count) -> {
                if (count == null) {
                    record(() -> consoles.opened(name, node));
                    return 1;
                }
                return count + 1;
            });
        }
    }

    void closed(@Observes @Closed SocketEvent event) {
        String user = userOf(event);
        if (user != null) {
            open.computeIfPresent(user, (name, count) -> {
                if (count > 1) {
                    return count - 1;
                }
                record(() -> consoles.closed(name, node));
                return null;
            });
        }
    }

    private static String userOf(SocketEvent event) {
        Serializable user = event.getUser();
        return ConsolePush.CHANNEL.equals(event.getChannel()) && user != null ? user.toString() : null;
    }

    /** A database hiccup must not break a socket: the presence of an agent is corrected by the next change. */
    private static void record(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Console presence not recorded: {0}", e.toString());
        }
    }
}
