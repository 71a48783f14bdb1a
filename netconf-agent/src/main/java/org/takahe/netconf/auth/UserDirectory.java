package org.takahe.netconf.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.NetconfMessages;

/**
 * The users allowed to log in, kept in the data directory: {@code users} holds password hashes,
 * {@code authorized_keys/<name>} holds a user's public keys in OpenSSH format. The files are read
 * on every authentication, so {@code takahe add-user} takes effect without a restart.
 */
public final class UserDirectory {

    static final String USERS_FILE = "users";
    static final String KEYS_DIR = "authorized_keys";
    static final String INITIAL_PASSWORD_FILE = "initial-admin-password";
    private static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);

    private final Path dataDir;
    /** Checked against when the user is unknown, so a wrong name costs as long as a wrong password. */
    private final PasswordHash decoy;

    public UserDirectory(Path dataDir) {
        this.dataDir = dataDir;
        this.decoy = PasswordHash.create("decoy".toCharArray(), new SecureRandom());
    }

    /** Whether the user exists and the password is theirs. */
    public boolean checkPassword(String user, char[] password) {
        Optional<PasswordHash> stored = readUsers().map(users -> users.get(user));
        boolean matches = stored.orElse(decoy).matches(password);
        return stored.isPresent() && matches;
    }

    /** Whether the key is listed in the user's authorized_keys file. */
    public boolean checkPublicKey(String user, PublicKey key) {
        if (!UsersFile.isValidName(user)) {
            return false;
        }
        Path file = dataDir.resolve(KEYS_DIR).resolve(user);
        try {
            List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(file);
            for (AuthorizedKeyEntry entry : entries) {
                PublicKey allowed = entry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
                if (allowed != null && KeyUtils.compareKeys(allowed, key)) {
                    return true;
                }
            }
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            NetconfMessages.NETCONF_AUTH_FILE_UNREADABLE.log(LOG, file, e.toString());
            return false;
        }
    }

    private Optional<Map<String, PasswordHash>> readUsers() {
        Path file = dataDir.resolve(USERS_FILE);
        try {
            return Optional.of(UsersFile.read(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            NetconfMessages.NETCONF_AUTH_FILE_UNREADABLE.log(LOG, file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * On first start, when there is no users file: creates user "admin" with a random password,
     * writes the password to {@code initial-admin-password} (readable by the owner only) and returns it.
     */
    public static Optional<String> bootstrapAdminIfNone(Path dataDir) throws IOException {
        if (Files.exists(dataDir.resolve(USERS_FILE))) {
            return Optional.empty();
        }
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Files.createDirectories(dataDir);
        Path passwordFile = dataDir.resolve(INITIAL_PASSWORD_FILE);
        Files.deleteIfExists(passwordFile);
        // Created with owner-only permissions so the password is never readable by others, even briefly.
        Files.createFile(passwordFile,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
        UsersFile.write(dataDir.resolve(USERS_FILE),
            Map.of(ADMIN, PasswordHash.create(password.toCharArray(), random)));
        NetconfMessages.NETCONF_ADMIN_BOOTSTRAPPED.log(LOG, passwordFile);
        return Optional.of(password);
    }

    /** Adds a user, or replaces the password of an existing one. */
    public static void addUser(Path dataDir, String name, char[] password) throws IOException {
        if (!UsersFile.isValidName(name)) {
            throw new IllegalArgumentException("invalid user name: " + name);
        }
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(USERS_FILE);
        Map<String, PasswordHash> users;
        try {
            users = UsersFile.read(file);
        } catch (NoSuchFileException e) {
            users = new LinkedHashMap<>();
        }
        users.put(name, PasswordHash.create(password, new SecureRandom()));
        UsersFile.write(file, users);
    }

    /**
     * Sets a user's public keys (OpenSSH authorized_keys text, every line checked first). Creates
     * an empty users file when there is none, so that a key-only first user stops the server from
     * bootstrapping an admin password.
     */
    public static void addAuthorizedKeys(Path dataDir, String name, String authorizedKeys) throws IOException {
        if (!UsersFile.isValidName(name)) {
            throw new IllegalArgumentException("invalid user name: " + name);
        }
        List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(
            new java.io.StringReader(authorizedKeys), true);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no public key found in the authorized key text");
        }
        for (AuthorizedKeyEntry entry : entries) {
            try {
                entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("unusable public key: " + e.getMessage(), e);
            }
        }
        Path keys = dataDir.resolve(KEYS_DIR);
        Files.createDirectories(keys);
        Path temp = Files.createTempFile(keys, ".keys", ".tmp");
        try {
            Files.writeString(temp, authorizedKeys, StandardCharsets.UTF_8);
            Files.move(temp, keys.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        Path users = dataDir.resolve(USERS_FILE);
        if (!Files.exists(users)) {
            UsersFile.write(users, Map.of());
        }
    }
}
