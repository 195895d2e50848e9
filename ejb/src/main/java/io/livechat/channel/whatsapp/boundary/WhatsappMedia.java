package io.livechat.channel.whatsapp.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.channel.whatsapp.entity.Attachment;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Message;
import io.livechat.shared.boundary.InvalidInputException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a WhatsApp message carries beyond its text: the files the user sent and the location they
 * shared, for whoever may see the message's bot; and files an agent sends the user.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed({"ADMIN", "MANAGER", "AGENT", "BOT"})
public class WhatsappMedia {

    @PersistenceContext
    private EntityManager em;

    /** WhatsApp's limit for documents, the largest kind. */
    static final int MAX_UPLOAD = 100 * 1024 * 1024;

    @Inject
    private BotAccess access;

    @Inject
    private Conversations conversations;

    public List<MediaView> attachmentsOf(long messageId) {
        visible(messageId);
        return em.createNamedQuery(Attachment.OF_MESSAGE, Attachment.class)
                .setParameter("messageId", messageId)
                .getResultStream()
                .map(MediaView::of)
                .toList();
    }

    public Optional<LocationView> locationOf(long messageId) {
        visible(messageId);
        List<?> rows = em.createNativeQuery(
                        "SELECT latitude, longitude, name, address FROM whatsapp_location WHERE message_id = ?")
                .setParameter(1, messageId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new LocationView((BigDecimal) columns[0], (BigDecimal) columns[1], (String) columns[2],
                    (String) columns[3]);
        });
    }

    /**
     * The calling agent sends a file to the WhatsApp user of a conversation assigned to them: stored
     * as their reply (its text names the file) with the file attached; the outbox uploads and sends it.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
    public MediaView sendFile(long conversationId, String fileName, String mimeType, byte[] content) {
        if (content.length == 0 || content.length > MAX_UPLOAD) {
            throw new InvalidInputException("A file must have 1 to " + MAX_UPLOAD + " bytes");
        }
        if (mimeType.length() > Attachment.MAX_MIME_TYPE) {
            throw new InvalidInputException("A content type has at most " + Attachment.MAX_MIME_TYPE + " characters");
        }
        if (fileName.length() > Attachment.MAX_FILE_NAME || fileName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A file name has at most " + Attachment.MAX_FILE_NAME
                    + " characters and no control characters (such as a line break)");
        }
        String kind = kindOf(mimeType);
        String label = "document".equals(kind) ? "[Document: " + fileName + "]"
                : "[" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + fileName + "]";
        MessageView reply = conversations.reply(conversationId, label);
        Message message = em.find(Message.class, reply.id());
        if (message.getChannel() != Channel.WHATSAPP) {
            throw new InvalidInputException("Conversation " + conversationId + " is not a WhatsApp conversation");
        }
        Attachment attachment = new Attachment(message.getId(), kind, "outbound", mimeType, fileName, content,
                sha256(content));
        em.persist(attachment);
        em.flush();
        return MediaView.of(attachment);
    }

    static String kindOf(String mimeType) {
        if (mimeType.startsWith("image/jpeg") || mimeType.startsWith("image/png")) {
            return "image";
        }
        if (mimeType.startsWith("audio/")) {
            return "audio";
        }
        if (mimeType.startsWith("video/mp4") || mimeType.startsWith("video/3gpp")) {
            return "video";
        }
        return "document";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public MediaContent content(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        Message message = attachment == null ? null : em.find(Message.class, attachment.getMessageId());
        access.visibleRecord(message, WhatsappMedia::botOf, "Attachment", attachmentId);
        return new MediaContent(attachment.getMimeType(), attachment.getFileName(), attachment.getContent());
    }

    private void visible(long messageId) {
        access.visibleRecord(em.find(Message.class, messageId), WhatsappMedia::botOf, "Message", messageId);
    }

    private static Bot botOf(Message message) {
        return message.getConversation().getBot();
    }
}
