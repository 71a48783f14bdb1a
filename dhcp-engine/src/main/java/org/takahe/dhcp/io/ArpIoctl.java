package org.takahe.dhcp.io;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.takahe.dhcp.wire.Octets;

/**
 * Writes ARP entries with ioctl(SIOCSARP) through libc, as ISC dhcpd's socket mode and many relays do, so
 * a reply to a client without an address can be unicast to its new address. Linux only; needs
 * CAP_NET_ADMIN. The entry is an ordinary complete one (not permanent): the kernel ages it out.
 */
public final class ArpIoctl implements NeighbourTable {
    // <sys/socket.h>, <linux/sockios.h>, <net/if_arp.h> on Linux.
    private static final int AF_INET = 2;
    private static final int SOCK_DGRAM = 2;
    private static final long SIOCSARP = 0x8955;
    private static final short ARPHRD_ETHER = 1;
    private static final int ATF_COM = 0x02;
    private static final int ETHER_ADDRESS_LENGTH = 6;
    private static final int IFNAMSIZ = 16;

    // struct arpreq: three struct sockaddr (16 bytes each) around an int of flags, then the device name.
    private static final long PROTOCOL_ADDRESS = 0;
    private static final long HARDWARE_ADDRESS = 16;
    private static final long FLAGS = 32;
    private static final long DEVICE = 52;
    private static final long ARPREQ_SIZE = 68;
    // struct sockaddr_in: family, port, then the address in network order.
    private static final long SIN_ADDR = 4;
    private static final long SA_DATA = 2;

    private final MethodHandle socket;
    private final MethodHandle ioctl;
    private final StructLayout callState;
    private final VarHandle errno;
    private int fd = -1;

    private ArpIoctl() {
        Linker linker = Linker.nativeLinker();
        Linker.Option captureErrno = Linker.Option.captureCallState("errno");
        callState = Linker.Option.captureStateLayout();
        errno = callState.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        socket = linker.downcallHandle(find(linker, "socket"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), captureErrno);
        ioctl = linker.downcallHandle(find(linker, "ioctl"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), captureErrno,
            Linker.Option.firstVariadicArg(2));
    }

    /** The ARP table on Linux; elsewhere a table that refuses every entry, so replies fall back to broadcast. */
    public static NeighbourTable forThisPlatform() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return (name, address, hardware) -> {
                throw new IOException("writing the neighbour table is implemented for Linux only");
            };
        }
        return new ArpIoctl();
    }

    @Override
    public synchronized void add(String interfaceName, Inet4Address address, Octets hardwareAddress)
            throws IOException {
        byte[] device = interfaceName.getBytes(StandardCharsets.US_ASCII);
        if (hardwareAddress.length() != ETHER_ADDRESS_LENGTH || device.length >= IFNAMSIZ) {
            throw new IOException("not an Ethernet address on a valid interface: " + hardwareAddress + " on "
                + interfaceName);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(callState);
            MemorySegment request = arena.allocate(ARPREQ_SIZE);
            request.set(JAVA_SHORT, PROTOCOL_ADDRESS, (short) AF_INET);
            MemorySegment.copy(address.getAddress(), 0, request, JAVA_BYTE, PROTOCOL_ADDRESS + SIN_ADDR, 4);
            request.set(JAVA_SHORT, HARDWARE_ADDRESS, ARPHRD_ETHER);
            MemorySegment.copy(hardwareAddress.toByteArray(), 0, request, JAVA_BYTE, HARDWARE_ADDRESS + SA_DATA,
                ETHER_ADDRESS_LENGTH);
            request.set(JAVA_INT, FLAGS, ATF_COM);
            MemorySegment.copy(device, 0, request, JAVA_BYTE, DEVICE, device.length);
            int rc = (int) ioctl.invokeExact(state, socketFd(state), SIOCSARP, request);
            if (rc != 0) {
                throw new IOException("ioctl(SIOCSARP, " + address.getHostAddress() + " at " + hardwareAddress + " on "
                    + interfaceName + ") failed: " + describe((int) errno.get(state, 0L)));
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("ioctl call failed", e);
        }
    }

    /** One datagram socket, opened on first use and kept: the ioctl needs some AF_INET socket to go through. */
    private int socketFd(MemorySegment state) throws Throwable {
        if (fd < 0) {
            int opened = (int) socket.invokeExact(state, AF_INET, SOCK_DGRAM, 0);
            if (opened < 0) {
                throw new IOException("socket(AF_INET, SOCK_DGRAM) failed: " + describe((int) errno.get(state, 0L)));
            }
            fd = opened;
        }
        return fd;
    }

    private static MemorySegment find(Linker linker, String function) {
        return linker.defaultLookup().find(function)
            .orElseThrow(() -> new UnsupportedOperationException("libc has no " + function));
    }

    private static String describe(int error) {
        return switch (error) {
            case 1 -> "EPERM (not permitted: needs root or CAP_NET_ADMIN)";
            case 19 -> "ENODEV (no such interface)";
            case 22 -> "EINVAL (the interface has no ARP, or the address is not on it)";
            default -> "errno " + error;
        };
    }
}
