package org.takahe.dhcp.v6;

import java.net.Inet6Address;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.ChangeNotifyingLeaseStore;
import org.takahe.dhcp.LeaseLifecycle;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.LeaseReclaimer;
import org.takahe.dhcp.alloc.Range6Scope;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.io.SocketDeviceBinder;
import org.takahe.dhcp.io.PacketThreads;
import org.takahe.dhcp.io.Transport;
import org.takahe.dhcp.stats.PoolUtilizationMonitor;
import org.takahe.dhcp.v6.exchange.ChainFactory6;
import org.takahe.dhcp.v6.exchange.ExchangeService6;
import org.takahe.dhcp.v6.io.Dhcp6Sockets;
import org.takahe.dhcp.wire.v6.Duid;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/**
 * The DHCPv6 engine (RFC 8415) as the server sees it: apply a configuration, read statistics and leases. Serves
 * nothing until the first {@link #apply} that enables it; from then on it also reclaims expired DHCPv6 leases and
 * watches pool utilization on a thread of its own. Shares the lease store with the DHCPv4 engine; the store stays
 * the caller's to close.
 */
public final class Dhcp6Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dhcp6Engine.class);

    private final Dhcp6Counters counters = new Dhcp6Counters();
    private final LeaseStore leases;
    private final Duid generatedDuid;
    private final AllocationEngine allocation;
    private final ExchangeService6 exchanges;
    private final PacketThreads threads;
    private final Dhcp6Sockets sockets;
    private final LeaseLifecycle lifecycle;
    /** Used on the lifecycle thread only. */
    private final PoolUtilizationMonitor poolUtilization;
    private volatile Duid serverDuid;

    /**
     * @param serverDuidFile where the server DUID is kept when the configuration sets none (in the data
     *     directory): read if it holds one, else generated now and written there, and so the same on every start
     * @param events told of the RFC 9243 notifications
     */
    public Dhcp6Engine(Dhcp6EngineSettings settings, LeaseStore leases, Clock clock, Path serverDuidFile,
            Dhcp6EventListener events) {
        this.generatedDuid = ServerDuid.loadOrCreate(serverDuidFile, clock);
        this.serverDuid = generatedDuid;
        this.lifecycle = new LeaseLifecycle(LeaseFamily.V6, clock,
            new LeaseReclaimer(leases, clock, new LeaseReclaimer.Listener() {
                @Override
                public void leaseReclaimed(Lease expired) {
                    // The reclaimer logs and counts its cycles; nothing else follows from an expired DHCPv6 lease.
                }

                @Override
                public void declinedRecovered(Lease placeholder) {
                    // Logged by the reclaimer.
                }
            }, LeaseFamily.V6));
        this.poolUtilization = new PoolUtilizationMonitor(events::poolUtilizationThresholdReached);
        this.leases = new ChangeNotifyingLeaseStore(leases, lifecycle::leasesChanged);
        this.allocation = new AllocationEngine(this.leases, clock, settings.offerHold());
        this.exchanges = new ExchangeService6(new ChainFactory6(allocation), counters, events, generatedDuid);
        Transport transport = Transport.detect();
        this.threads = new PacketThreads("dhcp6", transport, settings.workerThreads(), settings.queueCapacity());
        this.sockets = new Dhcp6Sockets(new Dhcp6Sockets.Wiring(transport, threads.eventLoops(),
            new SocketDeviceBinder(), settings.serverPort(), settings.clientPort(), settings.bindTimeout(), exchanges,
            threads.workers(), counters));
    }

    /**
     * Serves this configuration from now on: one atomic swap of the snapshot (with its handler chain and server
     * DUID), then sockets opened or closed for added or removed interfaces and unicast addresses; the others stay
     * open, so no message is lost to the change, and one already being answered finishes with the configuration it
     * started with. Returns once sockets are bound or have failed (logged). A disabled configuration closes every
     * socket.
     *
     * @throws IllegalArgumentException if the configured server DUID is not a DUID in hex; nothing changes then
     */
    public void apply(Dhcp6Config config) {
        Duid duid = config.serverDuid().map(hex -> ServerDuid.parse(hex).orElseThrow(
            () -> new IllegalArgumentException("server DUID '" + hex + "' is not a DUID in hex"))).orElse(generatedDuid);
        List<Range6Scope> scopes = new ArrayList<>();
        config.ranges().forEach(r -> {
            scopes.add(Range6Scope.addresses(r));
            scopes.add(Range6Scope.prefixes(r));
        });
        synchronized (this) {
            exchanges.install(config, duid);
            serverDuid = duid;
            allocation.retain(scopes);
            sockets.reconcile(config.enabled() ? config.interfaces() : List.of(),
                config.enabled() ? config.unicastAddresses() : List.<Inet6Address>of());
            lifecycle.configure(config.expiredLeases(), now -> poolUtilization.check(scopes, leases.all(), now));
        }
        Dhcp6Messages.DHCP6_CONFIG_APPLIED.log(LOG, config.ranges().size(), sockets.served(),
            sockets.servedUnicast().stream().map(Inet6Address::getHostAddress).toList(), duid.toColonHex());
    }

    public Dhcp6Statistics statistics() {
        return counters.snapshot();
    }

    /** The DUID this server identifies itself with now: the configured one, else the generated one. */
    public Duid serverDuid() {
        return serverDuid;
    }

    /** The DHCPv6 leases, expired ones and declined placeholders included. */
    public Collection<Lease6> leases() {
        return leases.all(Lease6.class);
    }

    /**
     * Removes a lease as an operator action (RFC 9243 delete-address-lease, delete-prefix-lease); durable on return.
     *
     * @return whether there was a DHCPv6 lease on that key
     */
    public boolean deleteLease(LeaseKey key) throws LeaseStoreException {
        Optional<Lease> found = leases.find(key).filter(Lease6.class::isInstance);
        if (found.isEmpty()) {
            return false;
        }
        leases.delete(key);
        Dhcp6Messages.DHCP6_LEASE_DELETED.log(LOG, key);
        return true;
    }

    /** The interfaces with all their sockets bound right now. */
    public List<String> servedInterfaces() {
        return sockets.served();
    }

    @Override
    public void close() {
        lifecycle.close();
        sockets.close();
        threads.close();
    }
}
