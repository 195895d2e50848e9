package io.livechat.agent.boundary;

import io.livechat.demo.boundary.DemoData;
import io.livechat.shared.boundary.InvalidInputException;
import java.util.Optional;

/**
 * What makes a password strong enough to be set: the one rule for every password Live Chat stores,
 * whether an admin sets it or the first admin comes from configuration. At least {@value #MIN_LENGTH}
 * characters, not the person's username, and not the demo password the README publishes.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;

    private PasswordRule() {
    }

    /** Why this password may not be the one of this username; empty when it may. */
    public static Optional<String> weakness(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("A password has at least " + MIN_LENGTH + " characters");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("A password is not the username");
        }
        if (password.equals(DemoData.PASSWORD)) {
            return Optional.of("A password is not the demo password, which the README publishes");
        }
        return Optional.empty();
    }

    /** Refuses a weak password with {@link InvalidInputException} saying why. */
    public static void requireStrong(String username, String password) {
        Optional<String> weakness = weakness(username, password);
        if (weakness.isPresent()) {
            throw new InvalidInputException(weakness.get());
        }
    }
}
