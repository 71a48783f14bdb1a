package org.takahe.dhcp.io;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Sets SO_BINDTODEVICE (and other options Netty does not expose) on a socket through libc's setsockopt. With every
 * interface's socket bound to 0.0.0.0:67 and to its device, the kernel delivers each broadcast only to the
 * socket of the interface it came in on, so the engine knows the receiving interface, and replies
 * leave through it. Linux only; needs CAP_NET_RAW.
 */
public final class SocketDeviceBinder {
    // <sys/socket.h> and <asm-generic/socket.h> on Linux.
    private static final int SOL_SOCKET = 1;
    private static final int SO_BINDTODEVICE = 25;

    private final MethodHandle setsockopt;
    private final StructLayout callState;
    private final VarHandle errno;

    public SocketDeviceBinder() {
        Linker linker = Linker.nativeLinker();
        Linker.Option captureErrno = Linker.Option.captureCallState("errno");
        callState = Linker.Option.captureStateLayout();
        errno = callState.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        setsockopt = linker.downcallHandle(
            linker.defaultLookup().find("setsockopt").orElseThrow(
                () -> new UnsupportedOperationException("libc has no setsockopt")),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT),
            captureErrno);
    }

    /** Binds the socket to the named interface; throws with the errno when the kernel refuses. */
    public void bind(int fd, String interfaceName) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            setOption(arena, fd, SOL_SOCKET, SO_BINDTODEVICE, arena.allocateFrom(interfaceName),
                "SO_BINDTODEVICE, \"" + interfaceName + "\"");
        }
    }

    /**
     * Sets another integer socket option Netty does not expose (IPV6_MULTICAST_ALL, say); throws with the errno
     * when the kernel refuses.
     *
     * @param name how errors name the option
     */
    public void setInt(int fd, int level, int option, int value, String name) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            setOption(arena, fd, level, option, arena.allocateFrom(JAVA_INT, value), name);
        }
    }

    private void setOption(Arena arena, int fd, int level, int option, MemorySegment value, String name)
            throws IOException {
        try {
            MemorySegment state = arena.allocate(callState);
            int rc = (int) setsockopt.invokeExact(state, fd, level, option, value, (int) value.byteSize());
            if (rc != 0) {
                int error = (int) errno.get(state, 0L);
                throw new IOException("setsockopt(" + name + ") failed: " + describe(error));
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("setsockopt call failed", e);
        }
    }

    private static String describe(int error) {
        return switch (error) {
            case 1 -> "EPERM (not permitted: needs root or CAP_NET_RAW)";
            case 19 -> "ENODEV (no such interface)";
            default -> "errno " + error;
        };
    }
}
