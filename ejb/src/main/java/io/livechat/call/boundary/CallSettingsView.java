package io.livechat.call.boundary;

import io.livechat.bot.entity.CallProviderType;
import java.io.Serializable;
import java.time.Instant;

/**
 * A bot's call settings as admins read them: what they enabled, the provider, and for EnableX the
 * App ID, whether an App Key is set (never the key) and what the project allowed when last checked.
 *
 * @param projectAllowsAudio null until an EnableX project was checked
 */
public record CallSettingsView(long botId, boolean audio, boolean video, CallProviderType provider, String projectId,
                               boolean appKeySet, Boolean projectAllowsAudio, Boolean projectAllowsVideo,
                               Instant projectCheckedAt) implements Serializable {
    private static final long serialVersionUID = 1L;
}
