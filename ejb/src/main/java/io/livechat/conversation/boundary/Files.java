package io.livechat.conversation.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.control.IncomingFile;
import io.livechat.conversation.entity.Attachment;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.FilePolicy;
import io.livechat.conversation.entity.Message;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;

/**
 * The files of transcripts for the people who may see the bot (and its engine): an agent sends one
 * to the user of a conversation assigned to them, whichever its channel; downloads by token; a bot's
 * limits. A file is refused before anything of it is kept, and stored a chunk at a time.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed({"ADMIN", "MANAGER", "AGENT", "BOT"})
public class Files {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Conversations conversations;

    @Inject
    private FileStore store;

    /**
     * The calling agent's file for the user, stored as their reply (its text names the file) and
     * delivered like any reply; only the agent the conversation is assigned to may send one.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public MessageView send(long conversationId, String fileName, long announcedSize, InputStream content) {
        FileLimits limits = limitsOf(conversationId);
        IncomingFile file = IncomingFile.check(fileName, announcedSize, content, limits);
        MessageView reply = conversations.reply(conversationId, file.label());
        store.store(reply.id(), file.kind(), file.mimeType(), file.fileName(), null, file.content(), limits.maxBytes());
        return store.view(em.find(Message.class, reply.id()));
    }

    /** What files the conversation takes, for a composer to check before it uploads. */
    public FileLimits limitsOf(long conversationId) {
        Conversation conversation = conversations.visible(conversationId);
        return store.limitsOf(conversation);
    }

    /** The file a token names, if the caller may see its conversation's bot. */
    public FileView describe(String token) {
        return FileView.of(visible(token));
    }

    /** Writes the file's bytes, a chunk at a time, if the caller may see its conversation's bot. */
    public void copy(String token, OutputStream out) throws IOException {
        store.copy(visible(token).getId(), out);
    }

    /** The bot's limits (its defaults, if an admin set none). */
    public FileLimits policyOf(long botId) {
        access.visible(botId);
        return FileLimits.of(em.find(FilePolicy.class, botId));
    }

    @RolesAllowed("ADMIN")
    public FileLimits changePolicy(long botId, long maxBytes, Set<String> allowedTypes) {
        access.visible(botId);
        FileLimits limits = FileLimits.checked(maxBytes, allowedTypes);
        FilePolicy policy = em.find(FilePolicy.class, botId);
        if (policy == null) {
            em.persist(new FilePolicy(botId, limits.maxBytes(), limits.allowedTypes()));
        } else {
            policy.change(limits.maxBytes(), limits.allowedTypes());
        }
        return limits;
    }

    private Attachment visible(String token) {
        Attachment attachment = store.byToken(token);
        Message message = attachment == null ? null : em.find(Message.class, attachment.getMessageId());
        access.visibleRecord(message, m -> m.getConversation().getBot(), "File", "of this token");
        return attachment;
    }
}
