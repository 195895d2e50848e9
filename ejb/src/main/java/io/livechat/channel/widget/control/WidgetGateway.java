package io.livechat.channel.widget.control;

import io.livechat.channel.widget.boundary.WidgetDelivery;
import io.livechat.conversation.boundary.DeliveryChanged;
import io.livechat.conversation.boundary.ChannelGateway;
import io.livechat.conversation.boundary.Via;
import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers to web widget visitors. A committed message is in the visitor's reach (the widget
 * catches up on what it missed when it connects), so it is marked SENT; the web module pushes it to
 * the visitor's open widgets at once when it observes the {@link WidgetDelivery}.
 */
@Stateless
@Via(Channel.WEB)
public class WidgetGateway implements ChannelGateway {

    private static final Logger LOG = Logger.getLogger(WidgetGateway.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<WidgetDelivery> deliveries;

    @Inject
    private FileStore files;

    @Inject
    private Event<DeliveryChanged> changes;

    /**
     * Runs after the commit of the change that queued the message, in a transaction of its own: at
     * that point WildFly still associates the committed transaction with the thread (Payara does
     * not), and joining it fails with "not active STATUS_COMMITTED".
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null) {
            LOG.log(Level.WARNING, "Message {0} to deliver does not exist", messageId);
            return;
        }
        message.markDelivery(DeliveryStatus.SENT);
        changes.fire(DeliveryChanged.of(message));
        deliveries.fire(new WidgetDelivery(message.getConversation().getBot().getId(),
                message.getConversation().getContact().getExternalId(), files.view(message)));
    }
}
