package io.livechat.agent.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstAdminTest {

    @TempDir
    Path dir;

    @Test
    void thePasswordComesFromItsSetting() {
        assertEquals("correct-horse-battery", FirstAdmin.password("ops", Optional.of("correct-horse-battery"), Optional.empty()));
    }

    @Test
    void aPasswordFileLosesItsTrailingLineBreakOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("secret"), " correct horse battery \r\n");
        assertEquals(" correct horse battery ", FirstAdmin.password("ops", Optional.empty(), Optional.of(file)));
        Files.writeString(file, "correct-horse-battery\n");
        assertEquals("correct-horse-battery", FirstAdmin.password("ops", Optional.empty(), Optional.of(file)));
    }

    @Test
    void aWeakPasswordIsRefusedNamingItsSetting() throws IOException {
        String refusal = refusal("ops", Optional.of("short"), Optional.empty());
        assertEquals(FirstAdmin.PASSWORD + " is refused: A password has at least 10 characters", refusal);

        Path file = Files.writeString(dir.resolve("secret"), "ops-admin-1\n");
        assertEquals(FirstAdmin.PASSWORD_FILE + " is refused: A password is not the username",
                refusal("ops-admin-1", Optional.empty(), Optional.of(file)));
    }

    @Test
    void exactlyOneOfPasswordAndFileIsRequired() throws IOException {
        Path file = Files.writeString(dir.resolve("secret"), "correct-horse-battery");
        String both = refusal("ops", Optional.of("correct-horse-battery"), Optional.of(file));
        String none = refusal("ops", Optional.empty(), Optional.empty());
        assertEquals(both, none);
        assertTrue(none.contains(FirstAdmin.PASSWORD + " and " + FirstAdmin.PASSWORD_FILE), none);
    }

    @Test
    void anUnreadableFileAndABadUsernameAreRefusedNamingTheirSetting() {
        assertTrue(refusal("ops", Optional.empty(), Optional.of(dir.resolve("missing")))
                .startsWith(FirstAdmin.PASSWORD_FILE + " names "));
        assertTrue(refusal("Ops Admin", Optional.of("correct-horse-battery"), Optional.empty())
                .startsWith(FirstAdmin.USERNAME + " 'Ops Admin' is refused"));
    }

    private static String refusal(String username, Optional<String> password, Optional<Path> file) {
        return assertThrows(IllegalArgumentException.class, () -> FirstAdmin.password(username, password, file)).getMessage();
    }
}
