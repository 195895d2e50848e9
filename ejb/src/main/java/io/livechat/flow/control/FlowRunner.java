package io.livechat.flow.control;

import io.livechat.contact.entity.Contact;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.boundary.MessageReceived;
import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Message;
import io.livechat.conversation.entity.Responder;
import io.livechat.flow.boundary.FlowDefinition;
import io.livechat.flow.entity.FlowSession;
import io.livechat.handover.boundary.HandoverChanged;
import io.livechat.handover.boundary.Handovers;
import io.livechat.handover.entity.HandoverAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the bot's workflow. It observes in the transaction that stored the user's message, so the
 * message, the bot's answer and the flow position are committed together; it answers only while
 * the bot is the responder. When a handover the workflow took part in is resolved, it takes the
 * conversation back at the flow's resume step, after the "Resolved" notice.
 */
@ApplicationScoped
public class FlowRunner {

    private static final Logger LOG = Logger.getLogger(FlowRunner.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FlowRepository flows;

    @Inject
    private Conversations conversations;

    @Inject
    private Handovers handovers;

    @Inject
    private Clock clock;

    void onMessage(@Observes MessageReceived received) {
        if (received.responder() != Responder.BOT) {
            return; // a handover is pending or assigned: the message is in the transcript, the bot is silent
        }
        Conversation conversation = em.find(Conversation.class, received.conversationId());
        Message message = em.find(Message.class, received.messageId());
        FlowDefinition flow = flows.active(received.botId());
        // Turns of one conversation queue on its row, which exists (a flow session may not yet: a
        // locking read of a missing row would lock a gap of the index, where every new conversation
        // inserts, and deadlock them). Then a locking read sees the position the last turn committed.
        em.lock(conversation, LockModeType.PESSIMISTIC_WRITE);
        FlowSession session = em.find(FlowSession.class, conversation.getId(), LockModeType.PESSIMISTIC_WRITE);
        FlowPosition at = session == null ? null : positionIn(flow, session);
        FlowPosition after = new FlowEngine(flow, new Effects(conversation)).onMessage(at, message.getText(),
                received.choiceId());
        save(conversation, session, flow, after);
        LOG.log(Level.FINE, "Conversation {0} moved to step {1} ({2})",
                new Object[] {conversation.getId(), after.stepId(), after.status()});
    }

    void onHandover(@Observes HandoverChanged change) {
        if (change.action() != HandoverAction.RESOLVED) {
            return;
        }
        FlowSession session = em.find(FlowSession.class, change.conversationId(), LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            return; // the workflow never ran in this conversation: an external bot engine drives it
        }
        Conversation conversation = em.find(Conversation.class, change.conversationId());
        FlowDefinition flow = flows.active(change.botId());
        new FlowEngine(flow, new Effects(conversation)).resume()
                .ifPresent(after -> save(conversation, session, flow, after));
    }

    /** A position in an older version of the flow holds only if that step still exists. */
    private static FlowPosition positionIn(FlowDefinition flow, FlowSession session) {
        boolean holds = session.getFlowVersion() == flow.version()
                || session.getStepId() != null && flow.step(session.getStepId()).isPresent();
        return holds ? new FlowPosition(session.getStepId(), session.getStatus()) : null;
    }

    private void save(Conversation conversation, FlowSession session, FlowDefinition flow, FlowPosition after) {
        if (session == null) {
            em.persist(new FlowSession(conversation.getId(), flow.version(), after.stepId(), after.status(),
                    clock.instant()));
        } else {
            session.moveTo(flow.version(), after.stepId(), after.status(), clock.instant());
        }
    }

    /** What a turn does, done in the message's transaction. */
    private final class Effects implements FlowEffects {

        private final Conversation conversation;

        Effects(Conversation conversation) {
            this.conversation = conversation;
        }

        @Override
        public void reply(String text, List<Choice> choices) {
            conversations.postBotReply(conversation, text, choices);
        }

        @Override
        public void remember(String attribute, String value) {
            String kept = value.length() > Contact.MAX_ATTRIBUTE_VALUE ? value.substring(0, Contact.MAX_ATTRIBUTE_VALUE) : value;
            Contact contact = conversation.getContact();
            contact.putAttribute(attribute, kept);
            // The contact's own fields are shorter than an attribute: a longer answer stays an attribute only.
            switch (attribute) {
                case "name" -> learnIfFits(kept, Contact.MAX_NAME, contact::learnName);
                case "email" -> learnIfFits(kept, Contact.MAX_EMAIL, contact::learnEmail);
                case "phone" -> learnIfFits(kept, 32, contact::learnPhone);
                default -> {
                    // any other attribute is kept as it is
                }
            }
        }

        private static void learnIfFits(String value, int maxLength, Consumer<String> field) {
            if (value.strip().length() <= maxLength) {
                field.accept(value);
            }
        }

        @Override
        public void handOver(String stepId, String reason) {
            handovers.requestFromWorkflow(conversation.getId(), stepId, reason);
        }
    }
}
