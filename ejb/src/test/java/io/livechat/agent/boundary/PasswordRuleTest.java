package io.livechat.agent.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.demo.boundary.DemoData;
import io.livechat.shared.boundary.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void aPasswordOfTenCharactersThatIsNeitherTheUsernameNorTheDemoPasswordIsStrongEnough() {
        assertEquals(Optional.empty(), PasswordRule.weakness("ops-admin", "0123456789"));
        assertEquals(Optional.empty(), PasswordRule.weakness("ops-admin", "correct-horse-battery"));
    }

    @Test
    void aShortPasswordIsRefused() {
        assertEquals(Optional.of("A password has at least 10 characters"), PasswordRule.weakness("ops-admin", "012345678"));
        assertTrue(PasswordRule.weakness("ops-admin", "").isPresent());
        assertTrue(PasswordRule.weakness("ops-admin", null).isPresent());
    }

    @Test
    void theUsernameIsRefusedInAnyCase() {
        assertEquals(Optional.of("A password is not the username"), PasswordRule.weakness("operations-admin", "Operations-Admin"));
    }

    @Test
    void theDemoPasswordIsRefused() {
        assertTrue(PasswordRule.weakness("ops-admin", DemoData.PASSWORD).orElseThrow().contains("demo password"));
    }

    @Test
    void requireStrongRefusesAsInvalidInputSayingWhy() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PasswordRule.requireStrong("ops-admin", "short"));
        assertEquals("A password has at least 10 characters", refused.getMessage());
        PasswordRule.requireStrong("ops-admin", "long-enough-secret");
    }
}
