package org.takahe.dhcp.alloc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.AddressReservation6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.PrefixReservation6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * The address pools ({@link LeaseType#NA}) or the prefix pools ({@link LeaseType#PD}) of a DHCPv6 allocation range
 * as an allocation scope. A reserved address or prefix is held for the DUID it is reserved to: a request names its
 * client's DUID as {@link AllocationRequest#reservation()}, so any IA of that client may get it and nobody else
 * (RFC 9243 host-reservation). One without a DUID is kept out of dynamic use.
 *
 * @param type {@link LeaseType#NA} or {@link LeaseType#PD}
 */
public record Range6Scope(Range6 range, LeaseType type) implements AllocationScope {

    public Range6Scope {
        if (type == LeaseType.V4) {
            throw new IllegalArgumentException("a DHCPv6 range leases addresses (NA) or prefixes (PD), not " + type);
        }
    }

    /** The range's address pools, for IA_NA. */
    public static Range6Scope addresses(Range6 range) {
        return new Range6Scope(range, LeaseType.NA);
    }

    /** The range's prefix pools, for IA_PD. */
    public static Range6Scope prefixes(Range6 range) {
        return new Range6Scope(range, LeaseType.PD);
    }

    @Override
    public String subnetId() {
        return range.id();
    }

    @Override
    public String name() {
        return "range " + range.id();
    }

    @Override
    public String describe() {
        return name() + " " + range.prefix();
    }

    /** An address on the range's prefix; a prefix of the delegated length inside one of its prefix pools. */
    @Override
    public boolean onLink(LeaseKey key) {
        if (key.type() != type) {
            return false;
        }
        if (type == LeaseType.NA) {
            return range.prefix().contains(key.high(), key.low());
        }
        return prefixPool(key).isPresent();
    }

    @Override
    public List<CandidateRange> ranges() {
        return type == LeaseType.NA
            ? range.addressPools().stream().<CandidateRange>map(AddressPool6Range::new).toList()
            : range.prefixPools().stream().<CandidateRange>map(PrefixPool6Range::new).toList();
    }

    @Override
    public Map<LeaseKey, Object> reservations() {
        Map<LeaseKey, Object> holders = new HashMap<>();
        if (type == LeaseType.NA) {
            for (AddressPool6 pool : range.addressPools()) {
                for (AddressReservation6 reservation : pool.reservations()) {
                    holders.putIfAbsent(LeaseKey.na(reservation.address()), holder(reservation.duid()));
                }
            }
        } else {
            for (PrefixPool6 pool : range.prefixPools()) {
                for (PrefixReservation6 reservation : pool.reservations()) {
                    holders.putIfAbsent(key(reservation.prefix()), holder(reservation.duid()));
                }
            }
        }
        return holders;
    }

    /** The addresses or prefixes reserved for this DUID in the range, in configured order. */
    public List<LeaseKey> reservedFor(String duid) {
        List<LeaseKey> reserved = new ArrayList<>();
        if (type == LeaseType.NA) {
            range.addressPools().forEach(pool -> pool.reservations().stream()
                .filter(r -> r.duid().filter(duid::equalsIgnoreCase).isPresent())
                .forEach(r -> reserved.add(LeaseKey.na(r.address()))));
        } else {
            range.prefixPools().forEach(pool -> pool.reservations().stream()
                .filter(r -> r.duid().filter(duid::equalsIgnoreCase).isPresent())
                .forEach(r -> reserved.add(key(r.prefix()))));
        }
        return reserved;
    }

    /** The address pool this address lies in (between its start and end), if any. */
    public Optional<AddressPool6> addressPool(LeaseKey key) {
        return key.type() != LeaseType.NA ? Optional.empty()
            : range.addressPools().stream().filter(p -> p.contains(key.high(), key.low())).findFirst();
    }

    /** The prefix pool that delegates this prefix, if any. */
    public Optional<PrefixPool6> prefixPool(LeaseKey key) {
        return key.type() != LeaseType.PD ? Optional.empty() : range.prefixPools().stream()
            .filter(p -> p.contains(key.high(), key.low(), key.prefixLength())).findFirst();
    }

    /**
     * The lifetimes of a lease on this address or prefix: its reservation's (address reservations set their own),
     * else its pool's, else the range's. The translator has already resolved inheritance within each.
     */
    public Timers6 timersFor(LeaseKey key) {
        if (type == LeaseType.NA) {
            Optional<AddressPool6> pool = addressPool(key);
            Optional<AddressReservation6> reserved = range.addressPools().stream()
                .flatMap(p -> p.reservations().stream()).filter(r -> LeaseKey.na(r.address()).equals(key))
                .findFirst();
            return reserved.map(AddressReservation6::timers)
                .orElseGet(() -> pool.map(AddressPool6::timers).orElse(range.timers()));
        }
        return prefixPool(key).map(PrefixPool6::timers).orElse(range.timers());
    }

    private static LeaseKey key(Ipv6Prefix prefix) {
        return LeaseKey.pd(prefix.high(), prefix.low(), prefix.length());
    }

    /** The DUID itself, or for a reservation without one a holder equal to nothing a request can name. */
    private static Object holder(Optional<String> duid) {
        return duid.<Object>map(d -> d.toLowerCase(Locale.ROOT)).orElseGet(Object::new);
    }
}
