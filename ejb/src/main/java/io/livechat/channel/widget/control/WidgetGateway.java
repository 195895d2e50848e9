package io.livechat.channel.widget.control;

import io.livechat.conversation.boundary.ChannelGateway;
import io.livechat.conversation.boundary.Via;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.DeliveryStatus;
import io.livechat.conversation.entity.Message;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers to web widget visitors. The widget reads its conversation's transcript, so a committed
 * message is in the visitor's reach and is marked SENT; the widget's live connection, which pushes
 * it at once, is the widget feature's next step.
 */
@Stateless
@Via(Channel.WEB)
public class WidgetGateway implements ChannelGateway {

    private static final Logger LOG = Logger.getLogger(WidgetGateway.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Override
    public void deliver(long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null) {
            LOG.log(Level.WARNING, "Message {0} to deliver does not exist", messageId);
            return;
        }
        message.markDelivery(DeliveryStatus.SENT);
    }
}
