package io.livechat.call.control;

import io.livechat.call.entity.Call;
import jakarta.json.JsonObject;

/**
 * A service that carries calls between the agent's browser and the visitor's widget. One per
 * {@link io.livechat.bot.entity.CallProviderType}, picked with {@link ProvidedBy}. A provider's
 * refusal (a project that does not allow the kind, credentials it rejects) is a
 * {@link io.livechat.shared.boundary.BusinessException}, so the call is not kept.
 */
public interface CallProvider {

    /** Prepares the call as it starts ringing, in the transaction that starts it (an EnableX room). */
    void open(Call call);

    /** What the participant's browser needs to join the call; {@code provider} names the provider. */
    JsonObject join(Call call, Participant participant);
}
