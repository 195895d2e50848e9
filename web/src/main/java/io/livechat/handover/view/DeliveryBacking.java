package io.livechat.handover.view;

import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.shared.boundary.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The delivery state of one message of the Live Chat page's conversation, read again when a push says
 * it moved on (sent, delivered, read, failed): the page puts it in place on the message's bubble, and
 * the transcript is not rendered again for it.
 */
@Named
@RequestScoped
public class DeliveryBacking {

    @Inject
    private Conversations conversations;

    private List<MessageView> changed = List.of();

    /** The push named the message ({@code conversation=<id>&message=<id>}). */
    public void pushed() {
        changed = List.of();
        try {
            Long conversation = Faces.getRequestParameter("conversation", Long::valueOf);
            Long message = Faces.getRequestParameter("message", Long::valueOf);
            if (conversation != null && message != null) {
                changed = List.of(conversations.message(conversation, message));
            }
        } catch (BusinessException | NumberFormatException gone) {
            // Not (any longer) the caller's to see, or no such message: nothing to put in place.
        }
    }

    public List<MessageView> getChanged() {
        return changed;
    }
}
