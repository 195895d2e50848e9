package io.livechat.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The credential Live Chat uses for a bot's EnableX project (the App Key; the App ID is the bot's
 * call project id) and what the project allowed when it was last checked. The key is a secret: it is
 * never logged nor shown back.
 */
@Entity
@Table(name = "enablex_project")
public class EnablexProject {

    @Id
    @Column(name = "bot_id")
    private Long botId;

    @Column(name = "app_key", nullable = false, length = 500)
    private String appKey;

    @Column(name = "allows_audio", nullable = false)
    private boolean allowsAudio;

    @Column(name = "allows_video", nullable = false)
    private boolean allowsVideo;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected EnablexProject() {
    }

    public EnablexProject(long botId, String appKey) {
        this.botId = botId;
        this.appKey = Objects.requireNonNull(appKey);
    }

    public void changeKey(String appKey) {
        this.appKey = Objects.requireNonNull(appKey);
    }

    /** What EnableX said the project allows, just now. */
    public void checked(boolean audio, boolean video, Instant at) {
        this.allowsAudio = audio;
        this.allowsVideo = video;
        this.checkedAt = Objects.requireNonNull(at);
    }

    public boolean allows(CallKind kind) {
        return kind == CallKind.VIDEO ? allowsVideo : allowsAudio;
    }

    public Long getBotId() {
        return botId;
    }

    public String getAppKey() {
        return appKey;
    }

    public boolean isAllowsAudio() {
        return allowsAudio;
    }

    public boolean isAllowsVideo() {
        return allowsVideo;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    @Override
    public String toString() {
        return "EnablexProject[bot " + botId + "]";
    }
}
