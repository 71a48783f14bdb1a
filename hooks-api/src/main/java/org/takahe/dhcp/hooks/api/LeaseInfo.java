package org.takahe.dhcp.hooks.api;

import java.net.Inet4Address;
import java.time.Instant;
import java.util.Optional;

/**
 * A lease as callouts see it.
 *
 * @param hardwareAddress the client's chaddr as lower-case colon hex
 * @param clientId the client identifier (option 61) as lower-case hex, when the client sent one
 * @param subnetId the id of the subnet the address belongs to
 * @param allocated when the client was first given this address
 * @param expires when the lease ends unless renewed
 * @param hostname the host name the client gave, if any
 */
public record LeaseInfo(Inet4Address address, String hardwareAddress, Optional<String> clientId, String subnetId,
        Instant allocated, Instant expires, Optional<String> hostname) {
}
