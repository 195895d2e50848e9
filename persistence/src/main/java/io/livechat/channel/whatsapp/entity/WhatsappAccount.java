package io.livechat.channel.whatsapp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The credential Live Chat uses to act for a bot's WhatsApp number on the Graph API. The number
 * itself lives on the bot; the token is a secret: it is never logged nor returned by the API.
 */
@Entity
@Table(name = "whatsapp_account")
public class WhatsappAccount {

    @Id
    @Column(name = "bot_id")
    private Long botId;

    @Column(name = "access_token", nullable = false, length = 1000)
    private String accessToken;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WhatsappAccount() {
    }

    public WhatsappAccount(long botId, String accessToken, Instant at) {
        this.botId = botId;
        changeToken(accessToken, at);
    }

    public void changeToken(String accessToken, Instant at) {
        this.accessToken = Objects.requireNonNull(accessToken);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public Long getBotId() {
        return botId;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "WhatsappAccount[bot " + botId + "]";
    }
}
