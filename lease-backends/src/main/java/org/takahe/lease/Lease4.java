package org.takahe.lease;

import java.net.Inet4Address;
import java.time.Instant;
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
        Instant allocated, Instant renewed, Instant expires, Optional<String> hostname) {

    public boolean isExpiredAt(Instant now) {
        return !expires.isAfter(now);
    }

    /** The same lease, extended to a new expiry at {@code now}. */
    public Lease4 renewedAt(Instant now, Instant newExpiry) {
        return new Lease4(address, hardwareAddress, clientId, subnetId, allocated, now, newExpiry, hostname);
    }
}
