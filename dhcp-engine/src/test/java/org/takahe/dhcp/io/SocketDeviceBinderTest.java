package org.takahe.dhcp.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SocketDeviceBinderTest {

    @Test
    void failureNamesTheErrnoInsteadOfThrowingSomethingObscure() {
        // fd -1 is never a socket: the kernel answers EBADF, which must come back as an IOException.
        IOException e = assertThrows(IOException.class, () -> new SocketDeviceBinder().bind(-1, "lo"));
        assertTrue(e.getMessage().contains("SO_BINDTODEVICE"), e.getMessage());
    }
}
