package org.takahe.netconf.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Optional;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartCreatesAdminWithAnOwnerOnlyPasswordFile() throws Exception {
        Optional<String> password = UserDirectory.bootstrapAdminIfNone(dataDir);
        assertTrue(password.isPresent());
        Path file = dataDir.resolve("initial-admin-password");
        assertEquals(password.get(), Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(new UserDirectory(dataDir).checkPassword("admin", password.get().toCharArray()));
        assertEquals(Optional.empty(), UserDirectory.bootstrapAdminIfNone(dataDir));
    }

    @Test
    void addedUserCanLogInWithoutRestartAndAReplacedPasswordStopsWorking() throws Exception {
        UserDirectory users = new UserDirectory(dataDir);
        assertFalse(users.checkPassword("alice", "one".toCharArray()));
        UserDirectory.addUser(dataDir, "alice", "one".toCharArray());
        assertTrue(users.checkPassword("alice", "one".toCharArray()));
        UserDirectory.addUser(dataDir, "alice", "two".toCharArray());
        assertFalse(users.checkPassword("alice", "one".toCharArray()));
        assertTrue(users.checkPassword("alice", "two".toCharArray()));
    }

    @Test
    void usersFileHoldsSlowSaltedHashesOnly() throws Exception {
        UserDirectory.addUser(dataDir, "bob", "secret".toCharArray());
        String line = Files.readString(dataDir.resolve("users")).strip();
        assertFalse(line.contains("secret"));
        String[] fields = line.split(":");
        assertEquals("bob", fields[0]);
        assertEquals("pbkdf2-sha256", fields[1]);
        assertTrue(Integer.parseInt(fields[2]) >= 210_000);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("users"))));
    }

    @Test
    void userNamesThatCouldEscapeTheDataDirectoryAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> UserDirectory.addUser(dataDir, "../x", "p".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> UserDirectory.addUser(dataDir, "a:b", "p".toCharArray()));
    }

    @Test
    void onlyKeysListedForTheUserAreAccepted() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair listed = generator.generateKeyPair();
        KeyPair other = generator.generateKeyPair();
        Path keys = Files.createDirectories(dataDir.resolve("authorized_keys"));
        Files.writeString(keys.resolve("carol"), "# carol's laptop\n" + PublicKeyEntry.toString(listed.getPublic())
            + " carol@laptop\n");
        UserDirectory users = new UserDirectory(dataDir);
        assertTrue(users.checkPublicKey("carol", listed.getPublic()));
        assertFalse(users.checkPublicKey("carol", other.getPublic()));
        assertFalse(users.checkPublicKey("dave", listed.getPublic()));
        assertFalse(users.checkPublicKey("../authorized_keys/carol", listed.getPublic()));
    }
}
