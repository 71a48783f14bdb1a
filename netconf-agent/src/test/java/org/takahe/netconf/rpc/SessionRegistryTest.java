package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    @Test
    void sessionIdsStartAtOneAndAreNeverReused() {
        SessionRegistry sessions = new SessionRegistry(2);
        long first = sessions.open(() -> { }).orElseThrow();
        sessions.close(first);
        assertEquals(1, first);
        assertEquals(2, sessions.open(() -> { }).orElseThrow());
    }

    @Test
    void sessionsBeyondTheLimitAreRefused() {
        SessionRegistry sessions = new SessionRegistry(1);
        long first = sessions.open(() -> { }).orElseThrow();
        assertEquals(OptionalLong.empty(), sessions.open(() -> { }));
        sessions.close(first);
        assertTrue(sessions.open(() -> { }).isPresent());
    }
}
