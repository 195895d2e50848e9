package io.livechat.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbPasswordTest {

    @TempDir
    Path dir;

    @Test
    void firstRunCreatesARandomPasswordOnlyTheOwnerCanRead() throws IOException {
        Path file = dir.resolve("db-password");

        String password = DbPassword.readOrCreate(file);

        assertTrue(password.length() >= 32, password);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotEquals(password, DbPassword.readOrCreate(dir.resolve("other")));
    }

    @Test
    void laterRunsReuseThePassword() throws IOException {
        Path file = dir.resolve("db-password");
        String first = DbPassword.readOrCreate(file);

        assertEquals(first, DbPassword.readOrCreate(file));
    }
}
