package org.takahe.dhcp.alloc;

import java.net.Inet6Address;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;

/**
 * DHCPv6 leases for one IA: preferred and valid lifetime run from the grant, T1 and T2 are recorded as sent.
 *
 * @param subnetId the allocation range recorded with the lease
 * @param timers the lifetimes of a lease on a given address or prefix, e.g. {@link Range6Scope#timersFor}
 * @param hardwareAddress the client's link-layer address, when known
 * @param hostname the host name to record with the lease
 */
public record Lease6Factory(IaKey client, String subnetId, Function<LeaseKey, Timers6> timers,
        Optional<String> hardwareAddress, Optional<String> hostname) implements LeaseFactory<Lease6> {

    @Override
    public Lease6 lease(LeaseKey candidate, Instant allocated, Instant now) {
        Timers6 lifetimes = timers.apply(candidate);
        return new Lease6((Inet6Address) candidate.address(), candidate.prefixLength(), candidate.type(),
            client.duid(), client.iaid(), hardwareAddress, subnetId, allocated, now,
            now.plus(lifetimes.preferredLifetime()), now.plus(lifetimes.validLifetime()), lifetimes.renewTime(),
            lifetimes.rebindTime(), hostname);
    }
}
