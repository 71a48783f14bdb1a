package org.takahe.dhcp.alloc;

import java.util.Optional;
import org.takahe.lease.Lease4;

/**
 * Who a client is: its client identifier (option 61) when it sent one and its subnet matches client ids,
 * else its hardware address. A lease recorded without a client identifier belongs to the client with its
 * hardware address; one recorded with another client identifier belongs to someone else (Kea's rule).
 *
 * @param hardwareAddress chaddr as "52:54:00:12:34:56"
 * @param clientId option 61 as lower-case hex
 */
public record ClientKey(String hardwareAddress, Optional<String> clientId) {

    public boolean owns(Lease4 lease) {
        if (AllocationEngine.isDeclined(lease)) {
            return false; // the placeholder of a declined address is nobody's, whatever a client's chaddr
        }
        return clientId.isPresent() && lease.clientId().isPresent()
            ? clientId.equals(lease.clientId())
            : hardwareAddress.equals(lease.hardwareAddress());
    }

    /** The same client told apart by hardware address only, as a subnet with {@code match-client-id} false does. */
    public ClientKey byHardwareAddressOnly() {
        return clientId.isEmpty() ? this : new ClientKey(hardwareAddress, Optional.empty());
    }

    @Override
    public String toString() {
        return clientId.map(id -> hardwareAddress + " (client-id " + id + ")").orElse(hardwareAddress);
    }
}
