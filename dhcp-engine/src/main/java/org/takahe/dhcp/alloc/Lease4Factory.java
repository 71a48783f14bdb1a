package org.takahe.dhcp.alloc;

import java.net.Inet4Address;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.takahe.dhcp.config.LeaseTimerPrecedence;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseKey;

/**
 * DHCPv4 leases for one client in one subnet, their lifetime the address's pool's when the pool sets timers (pool,
 * class, subnet: {@link LeaseTimerPrecedence}).
 *
 * @param classOrSubnet the timers chosen before allocation: the client's class's lifetime, else the subnet's
 * @param hostname the host name to record with the lease
 */
public record Lease4Factory(ClientKey client, Subnet4 subnet, LeaseTimers classOrSubnet, Optional<String> hostname)
        implements LeaseFactory<Lease4> {

    @Override
    public Lease4 lease(LeaseKey candidate, Instant allocated, Instant now) {
        Inet4Address address = (Inet4Address) candidate.address();
        Duration lifetime = LeaseTimerPrecedence.forAddress(subnet, address, classOrSubnet).validLifetime();
        return new Lease4(address, client.hardwareAddress(), client.clientId(), subnet.id(), allocated, now,
            now.plus(lifetime), hostname);
    }
}
