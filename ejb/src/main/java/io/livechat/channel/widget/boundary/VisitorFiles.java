package io.livechat.channel.widget.boundary;

import io.livechat.channel.widget.control.WidgetLimits;
import io.livechat.conversation.boundary.FileLimits;
import io.livechat.conversation.boundary.FileView;
import io.livechat.conversation.boundary.InboundMessage;
import io.livechat.conversation.boundary.Inbox;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.control.IncomingFile;
import io.livechat.conversation.entity.Attachment;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Message;
import io.livechat.contact.entity.Contact;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The files of a widget visitor (authenticated by their session, see {@link WidgetVisitors}): what
 * they send the bot's agents, and the files of their own conversation, which nobody else's session
 * opens (a token of another conversation is answered as one that does not exist).
 */
@Stateless
@PermitAll
public class VisitorFiles {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Inbox inbox;

    @Inject
    private FileStore store;

    @Inject
    private WidgetLimits limits;

    /** What files the visitor may send. */
    public FileLimits limits(Visitor visitor) {
        return store.limitsOf(visitor.botId(), Channel.WEB);
    }

    /** Hands in the visitor's file as their message (its text names the file); counts as a message. */
    public MessageView send(Visitor visitor, String fileName, long announcedSize, InputStream content) {
        limits.message(visitor.address());
        FileLimits allowed = limits(visitor);
        IncomingFile file = IncomingFile.check(fileName, announcedSize, content, allowed);
        MessageView message = inbox.receive(new InboundMessage(visitor.botId(), visitor.identity(), file.label(), null,
                null)).orElseThrow();
        store.store(message.id(), file.kind(), file.mimeType(), file.fileName(), null, file.content(), allowed.maxBytes());
        return store.view(em.find(Message.class, message.id()));
    }

    public FileView describe(Visitor visitor, String token) {
        return FileView.of(own(visitor, token));
    }

    public void copy(Visitor visitor, String token, OutputStream out) throws IOException {
        store.copy(own(visitor, token).getId(), out);
    }

    private Attachment own(Visitor visitor, String token) {
        Attachment attachment = store.byToken(token);
        Message message = attachment == null ? null : em.find(Message.class, attachment.getMessageId());
        Contact contact = message == null ? null : message.getConversation().getContact();
        if (contact == null || contact.getChannel() != Channel.WEB || !contact.getExternalId().equals(visitor.visitorId())
                || contact.getBot().getId() != visitor.botId()) {
            throw new NotFoundException("File", "of this token");
        }
        return attachment;
    }
}
