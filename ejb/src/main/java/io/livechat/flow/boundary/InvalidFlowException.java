package io.livechat.flow.boundary;

import io.livechat.shared.boundary.InvalidInputException;
import java.util.Map;

/** An imported workflow that cannot run; names the first bad step (and field), so the admin finds it. */
public class InvalidFlowException extends InvalidInputException {

    private final String step;

    public InvalidFlowException(String step, String field, String message) {
        super("invalid-flow", message, field == null ? Map.of("step", step) : Map.of("step", step, "field", field));
        this.step = step;
    }

    public String step() {
        return step;
    }
}
