package io.livechat.channel.widget.boundary;

import io.livechat.shared.boundary.InvalidInputException;
import java.util.Map;

/** A text given as an allowed origin that is not {@code scheme://host[:port]}; names the text, so a form can point at it. */
public class InvalidOriginException extends InvalidInputException {

    private final String origin;

    public InvalidOriginException(String origin) {
        super("invalid-input", "Not an origin (scheme://host[:port]): " + origin, Map.of("origin", origin));
        this.origin = origin;
    }

    /** The refused text, as given. */
    public String origin() {
        return origin;
    }
}
