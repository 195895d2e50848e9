package io.livechat.platform.cluster;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The relay over Payara's clustered CDI events (its data grid): one {@code @Outbound} event of plain
 * text, so that nodes need none of our classes to read it; Payara does not deliver a node's own
 * events back to it. Elsewhere the Payara annotations are absent at run time, so this bean must
 * neither fire nor forward unless it was started: its qualifiers would be gone and it would see
 * every {@code String} event of the application.
 */
@ApplicationScoped
class PayaraClusteredEvents implements RelayTransport {

    private static final Logger LOG = Logger.getLogger(PayaraClusteredEvents.class.getName());
    private static final String EVENT = "livechat-relay";

    @Inject
    @Outbound(eventName = EVENT)
    private Event<String> outbound;

    private volatile Consumer<Relayed> received;

    @Override
    public void start(Consumer<Relayed> received) {
        this.received = received;
    }

    @Override
    public void send(List<Relayed> batch) {
        try {
            for (Relayed relayed : batch) {
                outbound.fire(relayed.channel() + "\n" + relayed.text());
            }
        } catch (RuntimeException e) {
            // Payara Micro started with --nocluster has no data grid to fire into: every socket is on this node.
            LOG.log(Level.FINE, "Relayed text not shared with the cluster", e);
        }
    }

    @Override
    public void stop() {
        received = null;
    }

    void inbound(@Observes @Inbound(eventName = EVENT) String text) {
        Consumer<Relayed> to = received;
        int newline = text.indexOf('\n');
        if (to != null && newline > 0) {
            to.accept(new Relayed(text.substring(0, newline), text.substring(newline + 1)));
        }
    }

    /** Whether Payara's clustered events exist on this server. */
    static boolean available() {
        try {
            Class.forName("fish.payara.micro.cdi.Outbound", false, PayaraClusteredEvents.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
