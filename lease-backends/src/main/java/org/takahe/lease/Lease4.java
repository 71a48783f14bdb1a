package org.takahe.lease;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One IPv4 lease as stored: who holds which address until when.
 *
 * @param address the leased address (the store's primary key)
 * @param hardwareAddress the client's chaddr, e.g. "52:54:00:12:34:56"
 * @param clientId the client identifier option (61) as lower-case hex, when the client sent one
 * @param subnetId the id of the subnet (allocation range) the address belongs to
 * @param allocated when the lease was first granted
 * @param renewed when it was last granted or renewed
 * @param expires when it ends unless renewed
 * @param hostname the host name the client gave, if any
 */
public record Lease4(Inet4Address address, String hardwareAddress, Optional<String> clientId, String subnetId,
        Instant allocated, Instant renewed, Instant expires, Optional<String> hostname) implements Lease {

    /** Hardware address of the placeholder lease that keeps a declined address out of use (with no client id). */
    public static final String DECLINED_HARDWARE_ADDRESS = "";

    /** The same lease, extended to a new expiry at {@code now}. */
    public Lease4 renewedAt(Instant now, Instant newExpiry) {
        return new Lease4(address, hardwareAddress, clientId, subnetId, allocated, now, newExpiry, hostname);
    }

    @Override
    public LeaseKey key() {
        return LeaseKey.v4(address);
    }

    @Override
    public boolean isDeclined() {
        return hardwareAddress.equals(DECLINED_HARDWARE_ADDRESS) && clientId.isEmpty();
    }

    @Override
    public List<OwnerKey> owners() {
        OwnerKey hardware = new OwnerKey.HardwareAddress(hardwareAddress);
        return clientId.isEmpty() ? List.of(hardware) : List.of(hardware, new OwnerKey.ClientId(clientId.get()));
    }

    @Override
    public Lease4 declinedAt(Instant now, Instant until) {
        return new Lease4(address, DECLINED_HARDWARE_ADDRESS, Optional.empty(), subnetId, now, now, until,
            Optional.empty());
    }

    @Override
    public String client() {
        return clientId.map(id -> "client-id " + id).orElse(hardwareAddress);
    }
}
