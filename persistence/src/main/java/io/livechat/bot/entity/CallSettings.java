package io.livechat.bot.entity;

import io.livechat.call.entity.CallKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Whether agents of a bot may start audio or video calls, the provider that carries them (the
 * built-in WebRTC one by default) and the provider project (EnableX's App ID). Both kinds are
 * disabled until an admin enables them.
 */
@Embeddable
public class CallSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "audio_calls_enabled", nullable = false)
    private boolean audioEnabled;

    @Column(name = "video_calls_enabled", nullable = false)
    private boolean videoEnabled;

    @Column(name = "call_project_id", length = 120)
    @Size(max = 120)
    private String projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "call_provider", nullable = false, length = 16)
    @NotNull
    private CallProviderType provider = CallProviderType.BUILT_IN;

    protected CallSettings() {
    }

    public CallSettings(boolean audioEnabled, boolean videoEnabled, CallProviderType provider, String projectId) {
        this.audioEnabled = audioEnabled;
        this.videoEnabled = videoEnabled;
        this.provider = provider;
        this.projectId = projectId;
    }

    public static CallSettings disabled() {
        return new CallSettings(false, false, CallProviderType.BUILT_IN, null);
    }

    public boolean audioEnabled() {
        return audioEnabled;
    }

    public boolean videoEnabled() {
        return videoEnabled;
    }

    /** Whether agents may start calls of the kind. */
    public boolean enables(CallKind kind) {
        return kind == CallKind.VIDEO ? videoEnabled : audioEnabled;
    }

    public CallProviderType provider() {
        return provider == null ? CallProviderType.BUILT_IN : provider;
    }

    public String projectId() {
        return projectId;
    }
}
