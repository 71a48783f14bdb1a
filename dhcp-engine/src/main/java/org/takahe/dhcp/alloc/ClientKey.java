package org.takahe.dhcp.alloc;

import java.util.Optional;
import org.takahe.lease.Lease4;

/**
 * Who a client is: its client identifier (option 61) when it sent one, else its hardware address,
 * the same rule {@link org.takahe.lease.LeaseStore#findByClient} applies.
 *
 * @param hardwareAddress chaddr as "52:54:00:12:34:56"
 * @param clientId option 61 as lower-case hex
 */
public record ClientKey(String hardwareAddress, Optional<String> clientId) {

    public boolean owns(Lease4 lease) {
        return clientId.isPresent() && lease.clientId().isPresent()
            ? clientId.equals(lease.clientId())
            : hardwareAddress.equals(lease.hardwareAddress());
    }

    @Override
    public String toString() {
        return clientId.map(id -> hardwareAddress + " (client-id " + id + ")").orElse(hardwareAddress);
    }
}
