package io.livechat.conversation.control;

import io.livechat.conversation.boundary.FileRefusedException;
import io.livechat.conversation.boundary.FileLimits;
import io.livechat.conversation.boundary.FileView;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.Attachment;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.FilePolicy;
import io.livechat.conversation.entity.Message;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bytes of attachments, in the database (so every node of a cluster serves every file), a chunk
 * at a time: a file is never whole in memory, neither on its way in nor on its way out. Other
 * features store and read their files here (WhatsApp media in and out).
 */
@Stateless
public class FileStore {

    /** The size of a stored chunk: the most of a file the server holds at once. */
    static final int CHUNK = 512 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    /**
     * Stores a file of the message from the stream, read to its end; more than {@code maxBytes} refuses
     * it (and, the exception rolling the transaction back, keeps nothing of it).
     */
    public Attachment store(long messageId, String kind, String mimeType, String fileName, String mediaId,
                            InputStream content, long maxBytes) {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        Attachment attachment = new Attachment(HexFormat.of().formatHex(token), messageId, kind, mimeType, fileName,
                mediaId);
        em.persist(attachment);
        em.flush();
        try (DigestInputStream in = new DigestInputStream(content, sha256())) {
            long size = 0;
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                size += chunk.length;
                if (size > maxBytes) {
                    throw FileRefusedException.tooLarge(maxBytes);
                }
                em.createNativeQuery("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)")
                        .setParameter(1, attachment.getId()).setParameter(2, seq++).setParameter(3, chunk)
                        .executeUpdate();
            }
            if (size == 0) {
                throw new FileRefusedException("file-empty", "The file is empty");
            }
            attachment.stored(size, HexFormat.of().formatHex(in.getMessageDigest().digest()));
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read to its end", e);
        }
    }

    /** What files a conversation takes: its bot's limits, within its channel's. */
    public FileLimits limitsOf(Conversation conversation) {
        return limitsOf(conversation.getBot().getId(), conversation.getChannel());
    }

    public FileLimits limitsOf(long botId, Channel channel) {
        return FileLimits.of(em.find(FilePolicy.class, botId)).on(channel);
    }

    /** The messages as callers see them, each with its files: one query for the files of them all. */
    public List<MessageView> views(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FileView>> files = em.createNamedQuery(Attachment.OF_MESSAGES, Attachment.class)
                .setParameter("messageIds", messages.stream().map(Message::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(Attachment::getMessageId, Collectors.mapping(FileView::of, Collectors.toList())));
        return messages.stream().map(m -> MessageView.of(m, files.getOrDefault(m.getId(), List.of()))).toList();
    }

    public MessageView view(Message message) {
        return views(List.of(message)).get(0);
    }

    /** The attachment a download token names, if there is one. */
    public Attachment byToken(String token) {
        return token == null ? null : em.createNamedQuery(Attachment.BY_TOKEN, Attachment.class)
                .setParameter("token", token)
                .getResultStream().findFirst().orElse(null);
    }

    /** Writes the file's bytes to the stream, a chunk at a time. */
    public void copy(long attachmentId, OutputStream out) throws IOException {
        for (int seq = 0; ; seq++) {
            byte[] chunk = chunk(attachmentId, seq);
            if (chunk == null) {
                return;
            }
            out.write(chunk);
        }
    }

    /** One chunk of the file's bytes, or null past its end. */
    public byte[] chunk(long attachmentId, int seq) {
        List<?> rows = em.createNativeQuery("SELECT data FROM attachment_chunk WHERE attachment_id = ? AND seq = ?")
                .setParameter(1, attachmentId).setParameter(2, seq)
                .getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
