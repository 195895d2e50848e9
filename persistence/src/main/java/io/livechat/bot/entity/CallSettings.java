package io.livechat.bot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * Whether agents of a bot may start audio or video calls, and the call provider project that
 * carries them. Calls are built in a later feature; until then both stay disabled by default.
 */
@Embeddable
public class CallSettings {

    @Column(name = "audio_calls_enabled", nullable = false)
    private boolean audioEnabled;

    @Column(name = "video_calls_enabled", nullable = false)
    private boolean videoEnabled;

    @Column(name = "call_project_id", length = 120)
    @Size(max = 120)
    private String projectId;

    protected CallSettings() {
    }

    public CallSettings(boolean audioEnabled, boolean videoEnabled, String projectId) {
        this.audioEnabled = audioEnabled;
        this.videoEnabled = videoEnabled;
        this.projectId = projectId;
    }

    public static CallSettings disabled() {
        return new CallSettings(false, false, null);
    }

    public boolean audioEnabled() {
        return audioEnabled;
    }

    public boolean videoEnabled() {
        return videoEnabled;
    }

    public String projectId() {
        return projectId;
    }
}
