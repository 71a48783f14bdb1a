package org.takahe.netconf.ssh;

import java.security.PublicKey;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.NetconfMessages;
import org.takahe.netconf.auth.UserDirectory;

/** Checks SSH passwords and public keys against the user directory, logging every refusal. */
public final class UserAuthenticator implements PasswordAuthenticator, PublickeyAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(UserAuthenticator.class);

    private final UserDirectory users;

    public UserAuthenticator(UserDirectory users) {
        this.users = users;
    }

    /**
     * Answers asynchronously: a PBKDF2 check takes a good part of a second of CPU, which must not
     * stall one of the few NIO2 threads that carry every SSH connection.
     */
    @Override
    public boolean authenticate(String username, String password, ServerSession session) {
        AsyncAuthException pending = new AsyncAuthException();
        Thread.ofVirtual().name("netconf-auth").start(() -> {
            boolean accepted = users.checkPassword(username, password.toCharArray());
            if (!accepted) {
                NetconfMessages.NETCONF_AUTH_FAILED.log(LOG, "password", username, session.getRemoteAddress());
            }
            pending.setAuthed(accepted);
        });
        throw pending;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        // Clients offer several keys in turn; a key that is not listed is not yet a failure worth a warning.
        return users.checkPublicKey(username, key);
    }
}
