package io.livechat.channel.widget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a bot's widget may be embedded: the web site origins ({@code https://shop.example.com})
 * allowed to use it, the secret that signs verified visitor identities, and whether its composer
 * offers dictation. No origin listed means no site may use the widget.
 */
@Entity
@Table(name = "widget_settings")
public class WidgetSettings {

    @Id
    @Column(name = "bot_id")
    private Long botId;

    /** One origin a line. */
    @Column(name = "allowed_origins", nullable = false, columnDefinition = "TEXT")
    private String allowedOrigins = "";

    @Column(nullable = false, length = 64)
    private String secret;

    /** The composer's microphone: speech recognition in the visitor's browser. */
    @Column(nullable = false)
    private boolean dictation;

    @Version
    private long version;

    protected WidgetSettings() {
    }

    public WidgetSettings(long botId, String secret) {
        this.botId = botId;
        this.secret = Objects.requireNonNull(secret);
    }

    public void allowOrigins(List<String> origins) {
        this.allowedOrigins = String.join("\n", origins);
    }

    public void offerDictation(boolean offered) {
        this.dictation = offered;
    }

    public boolean offersDictation() {
        return dictation;
    }

    public boolean allows(String origin) {
        return origin != null && getAllowedOrigins().contains(origin);
    }

    public List<String> getAllowedOrigins() {
        return allowedOrigins.isEmpty() ? List.of() : Arrays.asList(allowedOrigins.split("\n"));
    }

    public long getBotId() {
        return botId;
    }

    public String getSecret() {
        return secret;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WidgetSettings s && botId != null && botId.equals(s.botId);
    }

    @Override
    public int hashCode() {
        return WidgetSettings.class.hashCode();
    }
}
