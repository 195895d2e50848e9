package io.livechat.bot.rest;

import io.livechat.bot.entity.CallProviderType;
import jakarta.validation.constraints.Size;

/**
 * Which calls a bot's agents may start and the provider that carries them (built in when left out);
 * for EnableX the project's App ID and App Key (write-only: left out, the key set before is kept).
 */
public record CallSettingsRequest(boolean audio, boolean video, CallProviderType provider,
                                  @Size(max = 120) String projectId, @Size(max = 500) String appKey) {
}
