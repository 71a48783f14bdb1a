package org.takahe.dhcp.alloc;

import java.util.List;
import java.util.Optional;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;

/**
 * A DHCPv4 client: its client identifier (option 61) when it sent one and its subnet matches client ids, else its
 * hardware address. A lease recorded without a client identifier belongs to the client with its hardware address;
 * one recorded with another client identifier belongs to someone else (Kea's rule).
 *
 * @param hardwareAddress chaddr as "52:54:00:12:34:56"
 * @param clientId option 61 as lower-case hex
 */
public record ClientKey(String hardwareAddress, Optional<String> clientId) implements Client<Lease4> {

    @Override
    public boolean owns(Lease lease) {
        if (!(lease instanceof Lease4 v4) || v4.isDeclined()) {
            return false; // the placeholder of a declined address is nobody's, whatever a client's chaddr
        }
        return clientId.isPresent() && v4.clientId().isPresent()
            ? clientId.equals(v4.clientId())
            : hardwareAddress.equals(v4.hardwareAddress());
    }

    @Override
    public Optional<Lease4> own(Lease lease) {
        return owns(lease) ? Optional.of((Lease4) lease) : Optional.empty();
    }

    /**
     * The client's lease: by client identifier when it has one, else (or when none is found) by hardware address,
     * but then only a lease recorded without a client identifier (Kea's lookup order).
     */
    @Override
    public List<Lease4> leasesIn(LeaseStore store) {
        Optional<Lease4> found = store.findByClient(hardwareAddress, clientId);
        if (found.isEmpty() && clientId.isPresent()) {
            found = store.findByClient(hardwareAddress, Optional.empty()).filter(l -> l.clientId().isEmpty());
        }
        return found.filter(l -> !l.isDeclined()).map(List::of).orElse(List.of());
    }

    /** As sent, and as a subnet not matching client ids would have keyed the offer. */
    @Override
    public List<Client<Lease4>> offerIdentities() {
        ClientKey byHardware = byHardwareAddressOnly();
        return byHardware.equals(this) ? List.of(this) : List.of(this, byHardware);
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
