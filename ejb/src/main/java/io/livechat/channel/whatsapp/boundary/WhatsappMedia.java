package io.livechat.channel.whatsapp.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.channel.whatsapp.entity.Attachment;
import io.livechat.conversation.entity.Message;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a WhatsApp message carries beyond its text: the files the user sent and the location they
 * shared. For whoever may see the message's bot.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed({"ADMIN", "MANAGER", "AGENT", "BOT"})
public class WhatsappMedia {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

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

    public MediaContent content(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        visible(attachment.getMessageId());
        return new MediaContent(attachment.getMimeType(), attachment.getFileName(), attachment.getContent());
    }

    private void visible(long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null) {
            throw new NotFoundException("Message", messageId);
        }
        access.visible(message.getConversation().getBot().getId());
    }
}
