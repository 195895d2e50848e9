package io.livechat.channel.whatsapp.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.conversation.boundary.FileView;
import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.entity.Message;
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
 * shared, for whoever may see the message's bot. (Agents send files through the files of every channel.)
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed({"ADMIN", "MANAGER", "AGENT", "BOT"})
public class WhatsappMedia {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private FileStore files;

    /** The message's files (downloads through {@link io.livechat.conversation.boundary.Files}, as every file's). */
    public List<FileView> attachmentsOf(long messageId) {
        return files.view(visible(messageId)).files();
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

    private Message visible(long messageId) {
        return access.visibleRecord(em.find(Message.class, messageId), WhatsappMedia::botOf, "Message", messageId);
    }

    private static Bot botOf(Message message) {
        return message.getConversation().getBot();
    }
}
