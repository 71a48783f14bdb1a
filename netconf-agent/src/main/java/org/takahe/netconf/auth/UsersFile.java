package org.takahe.netconf.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Pattern;

/**
 * The {@code users} file: one {@code name:pbkdf2-sha256:<iterations>:<salt>:<hash>} line per user;
 * blank lines and lines starting with '#' are ignored, as are lines that do not parse.
 */
final class UsersFile {

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}");

    private UsersFile() {
    }

    /** Whether a name may be a user: it is also a file name under authorized_keys, so no paths. */
    static boolean isValidName(String name) {
        return USER_NAME.matcher(name).matches();
    }

    static SequencedMap<String, PasswordHash> read(Path file) throws IOException {
        SequencedMap<String, PasswordHash> users = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            int colon = trimmed.indexOf(':');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || colon < 0) {
                continue;
            }
            String name = trimmed.substring(0, colon);
            PasswordHash.parse(trimmed.substring(colon + 1))
                .filter(hash -> isValidName(name))
                .ifPresent(hash -> users.put(name, hash));
        }
        return users;
    }

    /** Replaces the file atomically, so a concurrent authentication sees the old or the new file. */
    static void write(Path file, Map<String, PasswordHash> users) throws IOException {
        StringBuilder text = new StringBuilder();
        users.forEach((name, hash) -> text.append(name).append(':').append(hash.encode()).append('\n'));
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".users", ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
