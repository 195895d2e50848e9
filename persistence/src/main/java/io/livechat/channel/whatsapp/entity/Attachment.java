package io.livechat.channel.whatsapp.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A file a WhatsApp user sent with a message, downloaded from the Graph API; its size and SHA-256
 * were checked against what Meta announced before it was stored.
 */
@Entity
@Table(name = "whatsapp_attachment")
@NamedQuery(name = Attachment.OF_MESSAGE,
        query = "SELECT a FROM Attachment a WHERE a.messageId = :messageId ORDER BY a.id")
public class Attachment {

    /** The longest content type and file name kept (the columns' sizes). */
    public static final int MAX_MIME_TYPE = 128;
    public static final int MAX_FILE_NAME = 255;

    public static final String OF_MESSAGE = "Attachment.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "media_id", nullable = false, length = 128)
    private String mediaId;

    @Column(name = "mime_type", nullable = false, length = MAX_MIME_TYPE)
    private String mimeType;

    @Column(name = "file_name", length = MAX_FILE_NAME)
    private String fileName;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected Attachment() {
    }

    public Attachment(long messageId, String kind, String mediaId, String mimeType, String fileName, byte[] content,
                      String sha256) {
        this.messageId = messageId;
        this.kind = Objects.requireNonNull(kind);
        this.mediaId = Objects.requireNonNull(mediaId);
        this.mimeType = Objects.requireNonNull(mimeType);
        this.fileName = fileName;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = Objects.requireNonNull(sha256);
    }

    public Long getId() {
        return id;
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

    public byte[] getContent() {
        return content.clone();
    }
}
