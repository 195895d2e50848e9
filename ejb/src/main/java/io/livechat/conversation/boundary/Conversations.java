package io.livechat.conversation.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Message;
import io.livechat.conversation.entity.MessageText;
import io.livechat.handover.entity.Handover;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.boundary.Cursor;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Conversations and their transcripts. Messages for the user are stored first and delivered through
 * the conversation's channel after commit (see {@link MessageQueued}).
 */
@Stateless
public class Conversations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<MessageQueued> queued;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    /** The contact's ongoing conversation with the bot, started if there is none. */
    public Conversation ongoing(Bot bot, Contact contact) {
        return em.createNamedQuery(Conversation.LATEST_OF_CONTACT, Conversation.class)
                .setParameter("contact", contact)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Conversation started = new Conversation(bot, contact, clock.instant());
                    em.persist(started);
                    return started;
                });
    }

    /** Adds what was said before a handover, in order; those lines were delivered already. */
    public void appendTranscript(Conversation conversation, List<TranscriptLine> lines) {
        Instant at = clock.instant();
        for (TranscriptLine line : lines) {
            Message message = switch (line.sender()) {
                case USER -> Message.fromUser(conversation, line.text(), null, at);
                case BOT -> Message.fromBotDelivered(conversation, line.text(), at);
                default -> throw new InvalidInputException("A transcript holds USER and BOT lines, not " + line.sender());
            };
            em.persist(message);
            em.flush(); // ids follow the order of the lines: the transcript is read by id
        }
    }

    /** Stores the bot workflow's message for the user, with the choices it offers, and queues it. */
    public Message postBotReply(Conversation conversation, String text, List<Choice> choices) {
        return queue(Message.fromBot(conversation, text, choices, clock.instant()));
    }

    /** Stores a notice of Live Chat's for the user and queues it for delivery. */
    public Message postNotice(Conversation conversation, String text) {
        return queue(Message.notice(conversation, text, clock.instant()));
    }

    /** The whole transcript, oldest first, for a caller who may see the conversation's bot. */
    public List<MessageView> transcript(long conversationId) {
        Conversation conversation = visible(conversationId);
        return files.views(em.createNamedQuery(Message.OF_CONVERSATION, Message.class)
                .setParameter("conversationId", conversation.getId())
                .getResultList());
    }

    /**
     * A page of the transcript, oldest first (in id order, which is the order messages were stored in),
     * private notes included for people (not for a bot engine).
     */
    public Page<MessageView> transcript(long conversationId, PageRequest page) {
        Conversation conversation = visible(conversationId);
        // Private notes are for the bot's people: an engine, which may pass what it reads on to the user, gets none.
        TypedQuery<Message> rows = access.isBotEngine()
                ? em.createNamedQuery(Message.FOR_USER_AFTER, Message.class)
                        .setParameter("afterId", page.isFirst() ? 0L : page.after().plainId())
                : page.isFirst()
                ? em.createNamedQuery(Message.OF_CONVERSATION, Message.class)
                : em.createNamedQuery(Message.OF_CONVERSATION_AFTER, Message.class)
                        .setParameter("afterId", page.after().plainId());
        Page<Message> messages = Page.of(rows.setParameter("conversationId", conversation.getId())
                        .setMaxResults(page.rowsToRead())
                        .getResultList(),
                page, message -> Cursor.afterId(message.getId()), message -> message, null);
        return new Page<>(files.views(messages.items()), messages.next(), messages.total());
    }

    /** One message of the conversation as it is now (its delivery moves on), for a caller who may see its bot. */
    public MessageView message(long conversationId, long messageId) {
        Conversation conversation = visible(conversationId);
        Message message = em.find(Message.class, messageId);
        if (message == null || !message.getConversation().equals(conversation)) {
            throw new NotFoundException("Message", messageId);
        }
        return files.view(message);
    }

    /**
     * The calling agent's reply; only the agent the conversation's open handover is assigned to may
     * reply, with a text that {@link MessageText#fits(String, Channel) fits} the conversation's channel.
     */
    public MessageView reply(long conversationId, String text) {
        Conversation conversation = visible(conversationId);
        TextTooLongException.check(text, conversation.getChannel());
        Handover handover = assignedToCaller(conversationId);
        UserAccount agent = handover.getAssignee().orElseThrow();
        Instant now = clock.instant();
        handover.answeredBy(agent, now);
        return MessageView.of(queue(Message.fromAgent(conversation, agent, text, now)));
    }

    /**
     * The conversation's open handover, if it is assigned to the calling agent: only they write to the
     * user or call them. Refused ({@code not-assigned}) otherwise.
     */
    public Handover assignedToCaller(long conversationId) {
        UserAccount agent = accounts.current();
        return em.createNamedQuery(Handover.OPEN_OF_CONVERSATION, Handover.class)
                .setParameter("conversationId", conversationId)
                .getResultStream()
                .filter(handover -> handover.isAssignedTo(agent))
                .findFirst()
                .orElseThrow(() -> new ConflictException("not-assigned", "Conversation " + conversationId
                        + " is not assigned to " + agent.getUsername() + ": assign its handover to yourself first"));
    }

    private Message queue(Message message) {
        em.persist(message);
        em.flush();
        queued.fire(new MessageQueued(message.getId(), message.getConversation().getId(),
                message.getConversation().getBot().getId(), message.getChannel()));
        return message;
    }

    /** Refuses a caller who may not see the bot. */
    public void requireBotVisible(long botId) {
        access.visible(botId);
    }

    /** The conversation, if the caller may see its bot. */
    public Conversation visible(long conversationId) {
        return access.visibleRecord(em.find(Conversation.class, conversationId), Conversation::getBot,
                "Conversation", conversationId);
    }
}
