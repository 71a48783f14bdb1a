package org.takahe.dhcp.alloc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * A DHCPv4 subnet as an allocation scope. Its reservations are held for the {@link Reservation4} itself: the lease
 * handler finds the client's reservation by its identifiers and names it in the request.
 */
public record Subnet4Scope(Subnet4 subnet) implements AllocationScope {

    @Override
    public String subnetId() {
        return subnet.id();
    }

    @Override
    public LeaseType type() {
        return LeaseType.V4;
    }

    @Override
    public String name() {
        return "subnet " + subnet.id();
    }

    @Override
    public String describe() {
        return name() + " " + subnet.prefix();
    }

    @Override
    public boolean onLink(LeaseKey key) {
        return key.type() == LeaseType.V4 && subnet.prefix().contains(key.v4Value());
    }

    @Override
    public List<CandidateRange> ranges() {
        return subnet.pools().stream().<CandidateRange>map(Pool4Range::new).toList();
    }

    /** Preflight refuses an address reserved twice; should one get here, the first reservation wins. */
    @Override
    public Map<LeaseKey, Reservation4> reservations() {
        Map<LeaseKey, Reservation4> byAddress = new HashMap<>();
        for (Reservation4 reservation : subnet.reservations().all()) {
            reservation.address().ifPresent(a -> byAddress.putIfAbsent(LeaseKey.v4(a), reservation));
        }
        return byAddress;
    }
}
