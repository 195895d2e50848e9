package io.livechat.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The topic transport of the cluster relay against a real broker (Artemis, as in WildFly), with
 * three relays standing for three nodes: each text reaches every other node once and never its own.
 */
class JmsTopicRelayTest {

    /** Plain threads: what the container's managed thread factory gives, without its context. */
    private static final ManagedThreadFactory THREADS = new ManagedThreadFactory() {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    };

    private EmbeddedActiveMQ broker;
    private ConnectionFactory factory;
    private final Topic topic = ActiveMQJMSClient.createTopic("livechat-relay");
    private final List<JmsTopicRelay> nodes = new ArrayList<>();

    @BeforeEach
    void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false).setSecurityEnabled(false).addAcceptorConfiguration("in-vm", "vm://0"));
        broker.start();
        factory = new ActiveMQConnectionFactory("vm://0");
    }

    @AfterEach
    void stop() throws Exception {
        nodes.forEach(JmsTopicRelay::stop);
        broker.stop();
    }

    @Test
    void everyOtherNodeReceivesEachTextOnceAndTheSenderNone() throws Exception {
        BlockingQueue<Relayed> atA = new LinkedBlockingQueue<>();
        BlockingQueue<Relayed> atB = new LinkedBlockingQueue<>();
        BlockingQueue<Relayed> atC = new LinkedBlockingQueue<>();
        JmsTopicRelay a = node("a", atA);
        node("b", atB);
        node("c", atC);
        awaitSubscribers(3);

        a.send(List.of(new Relayed("widget-push", "bot-1/visitor-7\n{\"type\":\"message\"}")));

        for (BlockingQueue<Relayed> other : List.of(atB, atC)) {
            Relayed received = other.poll(10, TimeUnit.SECONDS);
            assertEquals(new Relayed("widget-push", "bot-1/visitor-7\n{\"type\":\"message\"}"), received);
        }
        Thread.sleep(1_500);
        assertNull(atA.poll(), "the sender's own text does not come back");
        assertNull(atB.poll(), "once, not twice");
        assertNull(atC.poll(), "once, not twice");
    }

    @Test
    void aNodeReceivesAgainOnceTheBrokerIsBack() throws Exception {
        BlockingQueue<Relayed> atB = new LinkedBlockingQueue<>();
        JmsTopicRelay a = node("a", new LinkedBlockingQueue<>());
        node("b", atB);
        awaitSubscribers(2);

        broker.stop();
        broker.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Relayed received = null;
        while (received == null && System.nanoTime() < until) {
            try {
                a.send(List.of(new Relayed("console-push", "{}")));
            } catch (RuntimeException e) {
                // The sender's call fails while the broker is away, as a push then does.
            }
            received = atB.poll(1, TimeUnit.SECONDS);
        }
        assertEquals(new Relayed("console-push", "{}"), received);
    }

    private JmsTopicRelay node(String name, BlockingQueue<Relayed> received) {
        JmsTopicRelay relay = new JmsTopicRelay(factory, topic, name, THREADS);
        relay.start(received::add);
        nodes.add(relay);
        return relay;
    }

    /** A non-durable subscription exists once its consumer is created: a text sent before is not for it. */
    private void awaitSubscribers(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (subscribers() < count && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertEquals(count, subscribers(), "subscribed nodes");
    }

    private long subscribers() {
        try {
            return broker.getActiveMQServer().bindingQuery(SimpleString.of("livechat-relay")).getQueueNames().size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
