package io.livechat.platform.cluster;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The relay over a Jakarta Messaging topic that every node subscribes to (non-durable: a node that
 * is down misses what it could not push anyway). Each message names the node that sent it, and a
 * node's selector leaves its own out, so every other node receives each message once. A receiving
 * thread of its own polls the topic: a message listener is not allowed in the container, and a
 * message-driven bean would need a broker on Payara Micro too. A broker that goes away is retried
 * every few seconds; what was sent meanwhile is lost, as with any push.
 */
final class JmsTopicRelay implements RelayTransport {

    private static final Logger LOG = Logger.getLogger(JmsTopicRelay.class.getName());
    static final String NODE = "livechatNode";
    static final String CHANNEL = "livechatChannel";
    private static final long POLL_MILLIS = 1_000;
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final ConnectionFactory factory;
    private final Topic topic;
    private final String node;
    private final ManagedThreadFactory threads;
    private volatile boolean running;
    private Thread receiver;

    JmsTopicRelay(ConnectionFactory factory, Topic topic, String node, ManagedThreadFactory threads) {
        this.factory = factory;
        this.topic = topic;
        this.node = node;
        this.threads = threads;
    }

    @Override
    public void start(Consumer<Relayed> received) {
        running = true;
        receiver = threads.newThread(() -> receive(received));
        receiver.setName("livechat-relay-jms");
        receiver.setDaemon(true);
        receiver.start();
    }

    @Override
    public void send(List<Relayed> batch) {
        // One connection for what queued up together: a context per text cost a broker round trip each.
        try (JMSContext context = factory.createContext()) {
            JMSProducer producer = context.createProducer().setProperty(NODE, node);
            for (Relayed relayed : batch) {
                producer.setProperty(CHANNEL, relayed.channel()).send(topic, relayed.text());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        receiver.interrupt();
    }

    private void receive(Consumer<Relayed> received) {
        String others = NODE + " <> '" + node + "'";
        while (running) {
            try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                    JMSConsumer consumer = context.createConsumer(topic, others)) {
                while (running) {
                    Message message = consumer.receive(POLL_MILLIS);
                    if (message != null) {
                        deliver(received, new Relayed(message.getStringProperty(CHANNEL), message.getBody(String.class)));
                    }
                }
            } catch (JMSRuntimeException | JMSException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Cluster relay topic {0} not readable, retried in {1} s: {2}",
                            new Object[] {topic, RETRY.toSeconds(), e.toString()});
                    pause();
                }
            }
        }
    }

    private static void deliver(Consumer<Relayed> received, Relayed relayed) {
        try {
            received.accept(relayed);
        } catch (RuntimeException e) {
            // A relayed text our observers could not handle is lost, not the receiver.
            LOG.log(Level.WARNING, "Relayed push not handled: {0}", e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
