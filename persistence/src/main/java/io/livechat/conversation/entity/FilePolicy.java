package io.livechat.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The files a bot's conversations take, in both directions: the largest size and the content types
 * allowed (as detected from the bytes). A bot without one takes the defaults of the boundary that
 * reads it; a channel may take less (WhatsApp's outbound limit).
 */
@Entity
@Table(name = "bot_file_policy")
public class FilePolicy {

    @Id
    @Column(name = "bot_id")
    private long botId;

    @Column(name = "max_bytes", nullable = false)
    private long maxBytes;

    @Column(name = "allowed_types", nullable = false, length = 2000)
    private String allowedTypes;

    @Version
    private long version;

    protected FilePolicy() {
    }

    public FilePolicy(long botId, long maxBytes, Set<String> allowedTypes) {
        this.botId = botId;
        change(maxBytes, allowedTypes);
    }

    public void change(long maxBytes, Set<String> allowedTypes) {
        this.maxBytes = maxBytes;
        this.allowedTypes = String.join(",", Objects.requireNonNull(allowedTypes));
    }

    public long getBotId() {
        return botId;
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public Set<String> getAllowedTypes() {
        return allowedTypes.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(allowedTypes.split(",")));
    }
}
