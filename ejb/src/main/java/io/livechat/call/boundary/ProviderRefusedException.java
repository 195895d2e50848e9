package io.livechat.call.boundary;

import io.livechat.shared.boundary.InvalidInputException;
import java.util.Map;

/**
 * The call provider refused what the settings ask of it: credentials it does not accept, or a kind
 * of call its project does not allow. Nothing is saved.
 */
public class ProviderRefusedException extends InvalidInputException {

    public ProviderRefusedException(String message) {
        super("call-provider-refused", message, Map.of());
    }
}
