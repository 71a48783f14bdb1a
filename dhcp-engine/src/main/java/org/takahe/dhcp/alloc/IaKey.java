package org.takahe.dhcp.alloc;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseType;
import org.takahe.lease.OwnerKey;

/**
 * One identity association of a DHCPv6 client: its DUID, the IAID and whether it is an IA_NA or an IA_PD. A client
 * with several IAs asks the allocator once per IA; each IA's leases are its own.
 *
 * @param duid the client's DUID as lower-case hex without separators
 * @param iaid the IAID, an unsigned 32-bit number
 * @param type {@link LeaseType#NA} or {@link LeaseType#PD}
 */
public record IaKey(String duid, long iaid, LeaseType type) implements Client<Lease6> {

    public IaKey {
        if (type == LeaseType.V4) {
            throw new IllegalArgumentException("an IA is IA_NA or IA_PD, not " + type);
        }
        if (duid.isEmpty()) {
            throw new IllegalArgumentException("a client's DUID cannot be empty");
        }
        if (iaid < 0 || iaid > 0xffff_ffffL) {
            throw new IllegalArgumentException("IAID " + iaid + " is not an unsigned 32-bit number");
        }
        duid = duid.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean owns(Lease lease) {
        return lease instanceof Lease6 v6 && v6.iaid() == iaid && v6.type() == type && v6.duid().equals(duid);
    }

    @Override
    public Optional<Lease6> own(Lease lease) {
        return owns(lease) ? Optional.of((Lease6) lease) : Optional.empty();
    }

    /** The IA's leases, the one granted or renewed last first. */
    @Override
    public List<Lease6> leasesIn(LeaseStore store) {
        return store.findByOwner(new OwnerKey.Ia(duid, iaid, type)).stream().flatMap(l -> own(l).stream())
            .sorted(Comparator.comparing(Lease6::renewed).reversed()).toList();
    }

    @Override
    public String toString() {
        return "DUID " + duid + " " + (type == LeaseType.NA ? "IA_NA" : "IA_PD") + " " + iaid;
    }
}
