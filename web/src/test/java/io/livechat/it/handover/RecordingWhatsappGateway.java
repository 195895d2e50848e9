package io.livechat.it.handover;

import io.livechat.conversation.boundary.ChannelGateway;
import io.livechat.conversation.boundary.Via;
import io.livechat.conversation.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the outside WhatsApp service, which this build does not call yet: it records what
 * Live Chat hands it to deliver, so a test can see whether a notice went out to the user.
 */
@ApplicationScoped
@Via(Channel.WHATSAPP)
public class RecordingWhatsappGateway implements ChannelGateway {

    private final List<Long> delivered = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(long messageId) {
        delivered.add(messageId);
    }

    public List<Long> delivered() {
        return List.copyOf(delivered);
    }
}
