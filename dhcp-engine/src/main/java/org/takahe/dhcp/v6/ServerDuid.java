package org.takahe.dhcp.v6;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.Duid;

/**
 * The server's own DUID when the configuration sets none (RFC 8415 §11): generated at the first start and kept, as
 * one line of hex, in a file of the data directory, so that clients keep recognising this server across restarts.
 * A DUID-LLT from the first Ethernet interface when there is one, else a DUID-UUID (RFC 6355) from a random UUID.
 */
public final class ServerDuid {
    private static final Logger LOG = LoggerFactory.getLogger(ServerDuid.class);
    private static final int HARDWARE_ETHERNET = 1;
    /** RFC 8415 §11.2: DUID-LLT time counts seconds from midnight UTC, January 1, 2000, modulo 2^32. */
    private static final Instant DUID_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private ServerDuid() {
    }

    /**
     * The DUID kept in {@code file}, or a new one written there when the file does not exist or holds no valid DUID.
     * A DUID that cannot be written is still returned (logged): this run is served, the next one gets another.
     */
    public static Duid loadOrCreate(Path file, Clock clock) {
        Optional<Duid> kept = read(file);
        if (kept.isPresent()) {
            Dhcp6Messages.DHCP6_SERVER_DUID_LOADED.log(LOG, kept.get().toColonHex(), file);
            return kept.get();
        }
        Duid created = generate(clock, ethernetAddress());
        try {
            write(file, created);
            Dhcp6Messages.DHCP6_SERVER_DUID_CREATED.log(LOG, created.toColonHex(), file);
        } catch (IOException e) {
            Dhcp6Messages.DHCP6_SERVER_DUID_NOT_SAVED.log(LOG, created.toColonHex(), file, e.toString());
        }
        return created;
    }

    /** A DUID-LLT for this Ethernet address at the clock's time, or a DUID-UUID without one. */
    static Duid generate(Clock clock, Optional<byte[]> ethernet) {
        if (ethernet.isEmpty()) {
            return Duid.uuid(UUID.randomUUID());
        }
        long seconds = Math.floorMod(clock.instant().getEpochSecond() - DUID_EPOCH.getEpochSecond(), 1L << 32);
        return Duid.llt(HARDWARE_ETHERNET, seconds, Octets.of(ethernet.get()));
    }

    /** A DUID in hex (colons allowed), as configured or stored; empty if it is none. */
    public static Optional<Duid> parse(String hex) {
        try {
            return Optional.of(Duid.fromHex(hex.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duid> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Optional<Duid> duid = parse(Files.readString(file, StandardCharsets.US_ASCII));
            if (duid.isEmpty()) {
                Dhcp6Messages.DHCP6_SERVER_DUID_INVALID.log(LOG, file, "not a DUID in hex");
            }
            return duid;
        } catch (IOException e) {
            Dhcp6Messages.DHCP6_SERVER_DUID_INVALID.log(LOG, file, e.toString());
            return Optional.empty();
        }
    }

    /** Written aside and moved into place, so a crash never leaves half a DUID behind. */
    private static void write(Path file, Duid duid) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".server-duid", ".tmp");
        try {
            Files.writeString(temporary, duid.toHex() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The hardware address of the lowest-numbered non-loopback interface with a non-zero 6-octet one. */
    private static Optional<byte[]> ethernetAddress() {
        try {
            List<NetworkInterface> candidates = NetworkInterface.networkInterfaces()
                .filter(ServerDuid::isPhysical)
                .sorted(Comparator.comparingInt(NetworkInterface::getIndex))
                .toList();
            for (NetworkInterface nic : candidates) {
                byte[] address = nic.getHardwareAddress();
                if (address != null && address.length == 6 && !Arrays.equals(address, new byte[6])) {
                    return Optional.of(address);
                }
            }
        } catch (SocketException e) {
            // A DUID-UUID serves as well; nothing to report.
        }
        return Optional.empty();
    }

    private static boolean isPhysical(NetworkInterface nic) {
        try {
            return !nic.isLoopback() && !nic.isVirtual();
        } catch (SocketException e) {
            return false;
        }
    }
}
