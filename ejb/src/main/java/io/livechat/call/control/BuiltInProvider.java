package io.livechat.call.control;

import io.livechat.bot.entity.CallProviderType;
import io.livechat.call.entity.Call;
import io.livechat.shared.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * WebRTC between the two browsers, signalled through Live Chat's own sockets: nothing to prepare, and
 * each side joins with the configured STUN and TURN servers (an {@code RTCIceServer} list).
 */
@ApplicationScoped
@ProvidedBy(CallProviderType.BUILT_IN)
public class BuiltInProvider implements CallProvider {

    @Inject
    private CallConfig config;

    @Override
    public void open(Call call) {
        // The browsers find each other through the signals; there is no room to make.
    }

    @Override
    public JsonObject join(Call call, Participant participant) {
        JsonArrayBuilder servers = Jsonp.createArrayBuilder();
        if (!config.stunUrls().isEmpty()) {
            servers.add(Jsonp.createObjectBuilder().add("urls", Jsonp.createArrayBuilder(config.stunUrls())));
        }
        if (!config.turnUrls().isEmpty()) {
            JsonObjectBuilder turn = Jsonp.createObjectBuilder().add("urls", Jsonp.createArrayBuilder(config.turnUrls()));
            config.turnUsername().ifPresent(username -> turn.add("username", username));
            config.turnCredential().ifPresent(credential -> turn.add("credential", credential));
            servers.add(turn);
        }
        return Jsonp.createObjectBuilder().add("provider", CallProviderType.BUILT_IN.name())
                .add("iceServers", servers).build();
    }
}
