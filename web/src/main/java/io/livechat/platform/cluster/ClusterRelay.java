package io.livechat.platform.cluster;

import io.livechat.platform.concurrent.QueuedSender;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;

/**
 * Shares a text with the other nodes of the cluster, where it is fired once as a {@link Relayed}
 * event for the sockets they hold. {@link #share} only queues: the relay's own thread sends, so a
 * caller in an after-commit observer never touches the transport inside its finished transaction.
 *
 * <p>{@code livechat.cluster.relay} chooses the transport: {@code events} (Payara's clustered CDI
 * events, the default where they exist), {@code jms} (a topic, the default elsewhere: its JNDI name
 * in {@code livechat.cluster.jms.topic}, the connection factory in
 * {@code livechat.cluster.jms.connection-factory}), or {@code none} (a node of its own). A topic
 * that cannot be looked up leaves the node on its own, with a warning: a single node loses nothing.
 */
@ApplicationScoped
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());
    /** Texts waiting for the sender at most: a few seconds of the busiest load. */
    private static final int QUEUE = 10_000;
    private static final int BATCH = 100;

    /** This node, as the relay's messages name it; a restarted node is a new one. */
    private final String node = UUID.randomUUID().toString();

    @Inject
    private Config config;

    @Inject
    private Instance<PayaraClusteredEvents> payara;

    @Inject
    private Event<Relayed> relayed;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    private RelayTransport transport;
    private QueuedSender<Relayed> sender;

    /** Starts with the application, so that a node receives before it first shares anything. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing is enough: the bean is created, and @PostConstruct picks the transport.
    }

    @PostConstruct
    void pickTransport() {
        String chosen = config.getOptionalValue("livechat.cluster.relay", String.class).map(m -> m.trim().toLowerCase(Locale.ROOT))
                .orElse(PayaraClusteredEvents.available() ? "events" : "jms");
        transport = switch (chosen) {
            case "events" -> payara.get();
            case "jms" -> topic();
            case "none" -> null;
            default -> throw new IllegalStateException("livechat.cluster.relay must be events, jms or none, not " + chosen);
        };
        if (transport == null) {
            return;
        }
        transport.start(relayed::fire);
        sender = new QueuedSender<>("livechat-relay", QUEUE, BATCH, threads, transport::send);
        LOG.log(Level.INFO, "Cluster relay: {0}", chosen);
    }

    private RelayTransport topic() {
        String factoryName = config.getOptionalValue("livechat.cluster.jms.connection-factory", String.class)
                .orElse("java:comp/DefaultJMSConnectionFactory");
        String topicName = config.getOptionalValue("livechat.cluster.jms.topic", String.class).orElse("jms/livechat-relay");
        try {
            InitialContext naming = new InitialContext();
            return new JmsTopicRelay((ConnectionFactory) naming.lookup(factoryName), (Topic) naming.lookup(topicName),
                    node, threads);
        } catch (NamingException | ClassCastException e) {
            LOG.log(Level.WARNING, "No cluster relay: topic {0} or connection factory {1} not found ({2});"
                    + " this node pushes to its own sockets only", new Object[] {topicName, factoryName, e.toString()});
            return null;
        }
    }

    @PreDestroy
    void stop() {
        if (transport != null) {
            sender.stop();
            transport.stop();
        }
    }

    /**
     * Queues the text for the other nodes, where observers of {@link Relayed} get it with this
     * channel. A node of its own drops it.
     */
    public void share(String channel, String text) {
        if (sender != null) {
            sender.offer(new Relayed(channel, text));
        }
    }
}
