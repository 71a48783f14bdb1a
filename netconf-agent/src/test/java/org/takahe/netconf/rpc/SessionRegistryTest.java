package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    @Test
    void sessionIdsStartAtOneAndAreNeverReused() {
        SessionRegistry sessions = new SessionRegistry(2);
        long first = sessions.open("test", Optional.empty(), () -> { }).orElseThrow();
        sessions.close(first);
        assertEquals(1, first);
        assertEquals(2, sessions.open("test", Optional.empty(), () -> { }).orElseThrow());
    }

    @Test
    void sessionsBeyondTheLimitAreRefused() {
        SessionRegistry sessions = new SessionRegistry(1);
        long first = sessions.open("test", Optional.empty(), () -> { }).orElseThrow();
        assertEquals(OptionalLong.empty(), sessions.open("test", Optional.empty(), () -> { }));
        sessions.close(first);
        assertTrue(sessions.open("test", Optional.empty(), () -> { }).isPresent());
    }
}
