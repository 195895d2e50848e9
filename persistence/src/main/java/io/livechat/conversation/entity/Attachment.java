package io.livechat.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * A file of a transcript, whichever channel it came by: an agent's or a visitor's upload, or the
 * media a WhatsApp user sent. Downloads name it by its random {@code token}, never by its id. Its
 * bytes are kept apart, in chunks ({@code attachment_chunk}), written and read a chunk at a time; the
 * size and SHA-256 are those of the bytes stored.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.OF_MESSAGE,
        query = "SELECT a FROM Attachment a WHERE a.messageId = :messageId ORDER BY a.id")
@NamedQuery(name = Attachment.OF_MESSAGES,
        query = "SELECT a FROM Attachment a WHERE a.messageId IN :messageIds ORDER BY a.id")
@NamedQuery(name = Attachment.BY_TOKEN, query = "SELECT a FROM Attachment a WHERE a.token = :token")
public class Attachment {

    /** The longest content type and file name kept (the columns' sizes). */
    public static final int MAX_MIME_TYPE = 128;
    public static final int MAX_FILE_NAME = 255;

    public static final String OF_MESSAGE = "Attachment.ofMessage";
    public static final String OF_MESSAGES = "Attachment.ofMessages";
    public static final String BY_TOKEN = "Attachment.byToken";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(nullable = false, length = 16)
    private String kind;

    /** WhatsApp's id of what a WhatsApp user sent; none for an upload of ours. */
    @Column(name = "media_id", length = 128)
    private String mediaId;

    @Column(name = "mime_type", nullable = false, length = MAX_MIME_TYPE)
    private String mimeType;

    @Column(name = "file_name", length = MAX_FILE_NAME)
    private String fileName;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected Attachment() {
    }

    /** A file about to be stored; {@link #stored} records what was written once its bytes are in. */
    public Attachment(String token, long messageId, String kind, String mimeType, String fileName, String mediaId) {
        this.token = Objects.requireNonNull(token);
        this.messageId = messageId;
        this.mimeType = Objects.requireNonNull(mimeType);
        this.kind = Objects.requireNonNull(kind);
        this.fileName = fileName;
        this.mediaId = mediaId;
        this.sha256 = "";
    }

    /** What the transcript shows a file of this type as: an image, a video, an audio or any other document. */
    public static String kindOf(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        for (String kind : new String[] {"image", "audio", "video"}) {
            if (type.startsWith(kind + "/")) {
                return kind;
            }
        }
        return "document";
    }

    /** The text of a message that carries only this file, as a channel without files would show it. */
    public static String label(String kind, String fileName) {
        return "[" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
                + (fileName == null ? "]" : ": " + fileName + "]");
    }

    public void stored(long size, String sha256) {
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public long getMessageId() {
        return messageId;
    }

    public String getKind() {
        return kind;
    }

    public String getMediaId() {
        return mediaId;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Attachment a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Attachment.class.hashCode();
    }
}
