package io.livechat.channel.whatsapp.control;

import io.livechat.bot.entity.Bot;
import io.livechat.contact.boundary.ContactIdentity;
import io.livechat.conversation.boundary.InboundMessage;
import io.livechat.conversation.boundary.Inbox;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.control.ContentTypes;
import io.livechat.conversation.control.FileStore;
import io.livechat.conversation.entity.Attachment;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands one user message of a webhook to the {@link Inbox}, after fetching the file it carries.
 * Runs in the transaction that processes the webhook delivery; a download that fails makes the
 * delivery fail and be retried, until the last chance, when the message is kept without its file.
 */
@ApplicationScoped
public class InboundHandler {

    private static final Logger LOG = Logger.getLogger(InboundHandler.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Inbox inbox;

    @Inject
    private GraphApi graph;

    @Inject
    private FileStore files;

    void handle(Bot bot, Optional<String> accessToken, Map<String, String> names, JsonObject json, boolean lastChance) {
        UserMessage message = UserMessage.of(json);
        if (message.media() != null && isStored(message.wamid())) {
            return; // Meta sent this one before: not its file again. (The Inbox ignores any repeat.)
        }
        String text = message.text();
        MediaFile file = null;
        if (message.media() != null) {
            try {
                file = download(message.media(), accessToken);
            } catch (IOException e) {
                if (!lastChance) {
                    throw new IllegalStateException("Media of a WhatsApp message could not be fetched: " + e.getMessage(), e);
                }
                LOG.log(Level.WARNING, "Keeping WhatsApp message without its file: {0}", e.getMessage());
                text = text + " (the file could not be downloaded from WhatsApp)";
            }
        }
        ContactIdentity contact = new ContactIdentity(Channel.WHATSAPP, message.from(), names.get(message.from()));
        Optional<MessageView> stored = inbox.receive(new InboundMessage(bot.getId(), contact, text, message.wamid(),
                message.choiceId()));
        if (stored.isPresent()) {
            long messageId = stored.get().id();
            if (file != null) {
                store(messageId, message.media(), file);
            }
            if (message.place() != null) {
                UserMessage.Place place = message.place();
                em.createNativeQuery("INSERT INTO whatsapp_location (message_id, latitude, longitude, name, address)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, messageId).setParameter(2, place.latitude()).setParameter(3, place.longitude())
                        .setParameter(4, place.name()).setParameter(5, place.address())
                        .executeUpdate();
            }
        }
    }

    /** Kept as it came, under the type its bytes show (what Meta announced only where they show none we know). */
    private void store(long messageId, UserMessage.Media media, MediaFile file) {
        byte[] content = file.content();
        String announced = file.mimeType() != null ? file.mimeType() : media.mimeType();
        String mimeType = ContentTypes.detect(content, Math.min(content.length, ContentTypes.PREFIX), media.fileName())
                .orElse(announced == null ? "application/octet-stream" : announced.split(";")[0].strip());
        // A sticker is an image like any other in the transcript.
        String kind = "sticker".equals(media.kind()) ? "image" : media.kind();
        files.store(messageId, kind, mimeType.length() > Attachment.MAX_MIME_TYPE ? "application/octet-stream" : mimeType,
                media.fileName(), media.id(), new ByteArrayInputStream(content), Long.MAX_VALUE);
    }

    private MediaFile download(UserMessage.Media media, Optional<String> accessToken) throws IOException {
        if (media.id() == null) {
            throw new IOException("the message names no media id");
        }
        MediaFile file = graph.download(media.id(), accessToken.orElseThrow(
                () -> new IOException("the bot has no WhatsApp access token")));
        String mismatch = file.mismatch(media.sha256());
        if (mismatch != null) {
            throw new IOException("media " + media.id() + " is corrupt: " + mismatch);
        }
        return file;
    }

    private boolean isStored(String wamid) {
        return !em.createNamedQuery(Message.BY_EXTERNAL_ID, Message.class)
                .setParameter("channel", Channel.WHATSAPP)
                .setParameter("externalId", wamid)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
