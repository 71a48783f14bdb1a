package org.takahe.dhcp;

import java.net.Inet4Address;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.alloc.LeaseReclaimer;
import org.takahe.dhcp.alloc.Subnet4Scope;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.exchange.ChainFactory;
import org.takahe.dhcp.hooks.HookCounters;
import org.takahe.dhcp.hooks.HookStatistics;
import org.takahe.dhcp.exchange.ExchangeService;
import org.takahe.dhcp.io.ArpIoctl;
import org.takahe.dhcp.io.InterfaceChannels;
import org.takahe.dhcp.io.ReplyAddressing;
import org.takahe.dhcp.io.ReplyDelivery;
import org.takahe.dhcp.io.SocketDeviceBinder;
import org.takahe.dhcp.io.PacketThreads;
import org.takahe.dhcp.io.Transport;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.stats.Dhcp4Statistics;
import org.takahe.dhcp.stats.PoolUtilizationListener;
import org.takahe.dhcp.stats.PoolUtilizationMonitor;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/**
 * The DHCP engine as the rest of the server sees it: check a configuration, apply it, read leases
 * and statistics. Serves nothing until the first {@link #apply}; from then on it also reclaims expired leases and
 * watches pool utilization on a thread of its own ({@link LeaseLifecycle}). The lease store stays the caller's
 * to close.
 */
public final class DhcpEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DhcpEngine.class);

    private final LeaseStore leases;
    private final Dhcp4Counters counters = new Dhcp4Counters();
    private final HookCounters hookCounters = new HookCounters();
    private final AllocationEngine allocation;
    private final ExchangeService exchanges;
    private final PacketThreads threads;
    private final InterfaceChannels channels;
    private final LeaseLifecycle lifecycle;
    /** Used on the lifecycle thread only. */
    private final PoolUtilizationMonitor poolUtilization;

    public DhcpEngine(EngineSettings settings, LeaseStore leases) {
        this(settings, leases, Clock.systemUTC());
    }

    public DhcpEngine(EngineSettings settings, LeaseStore leases, Clock clock) {
        this(settings, leases, clock, PoolUtilizationListener.NONE);
    }

    /** @param poolUtilization told when a pool's use reaches its max-address-utilization */
    public DhcpEngine(EngineSettings settings, LeaseStore leases, Clock clock,
            PoolUtilizationListener poolUtilization) {
        this.lifecycle = new LeaseLifecycle(LeaseFamily.V4, clock,
            new LeaseReclaimer(leases, clock, new ReclamationEffects(), LeaseFamily.V4));
        this.poolUtilization = new PoolUtilizationMonitor(poolUtilization);
        this.leases = new ChangeNotifyingLeaseStore(leases, lifecycle::leasesChanged);
        this.allocation = new AllocationEngine(this.leases, clock, settings.offerHold());
        this.exchanges = new ExchangeService(new ChainFactory(allocation,
            hookCounters), counters);
        Transport transport = Transport.detect();
        DhcpMessages.DHCP4_TRANSPORT.log(LOG, transport == Transport.EPOLL ? "epoll" : "NIO (epoll unavailable: "
            + transport.epollUnavailabilityCause().map(Throwable::toString).orElse("?") + ")");
        this.threads = new PacketThreads("dhcp4", transport, settings.workerThreads(), settings.queueCapacity());
        this.channels = new InterfaceChannels(new InterfaceChannels.Wiring(transport, threads.eventLoops(),
            new SocketDeviceBinder(), settings.serverPort(), settings.bindTimeout(), exchanges, threads.workers(),
            new ReplyDelivery(new ReplyAddressing(settings.serverPort(), settings.clientPort()),
                ArpIoctl.forThisPlatform()), counters));
    }

    /** What the engine would refuse in this configuration; empty if it can serve it. */
    public List<ConfigProblem> preflight(DhcpConfig config) {
        return ConfigPreflight.check(config);
    }

    /**
     * Serves this configuration from now on: one atomic swap of the snapshot (with its handler chain),
     * then sockets opened or closed for added or removed interfaces. Returns once sockets are bound or
     * have failed (logged).
     *
     * @throws ConfigRejectedException if {@link #preflight} finds problems; nothing changes then
     */
    public void apply(DhcpConfig config) {
        List<ConfigProblem> problems = preflight(config);
        if (!problems.isEmpty()) {
            ConfigRejectedException rejected = new ConfigRejectedException(problems);
            DhcpMessages.DHCP4_CONFIG_REJECTED.log(LOG, rejected.getMessage());
            throw rejected;
        }
        synchronized (this) {
            exchanges.install(config);
            List<Subnet4Scope> scopes = config.subnets().stream().map(Subnet4Scope::new).toList();
            allocation.retain(scopes);
            channels.reconcile(config.interfaces());
            lifecycle.configure(config.expiredLeases(), now -> poolUtilization.check(scopes, leases.all(), now));
        }
        DhcpMessages.DHCP4_CONFIG_APPLIED.log(LOG, config.subnets().size(), config.interfaces());
    }

    /** The IPv4 leases, expired ones included. */
    public Collection<Lease4> leases() {
        return leases.all(Lease4.class);
    }

    public Dhcp4Statistics statistics() {
        return counters.snapshot();
    }

    /** How the callouts of every hook library configured since the start have fared. */
    public HookStatistics hookStatistics() {
        return hookCounters.snapshot();
    }

    /** Removes a lease as an operator action; durable on return. */
    public void deleteLease(Inet4Address address) throws LeaseStoreException {
        leases.delete(address);
        DhcpMessages.DHCP4_LEASE_DELETED.log(LOG, address.getHostAddress());
    }

    /** What background reclamation does beyond removing a lease: counters, and lease4-expire for client leases. */
    private final class ReclamationEffects implements LeaseReclaimer.Listener {
        @Override
        public void leaseReclaimed(Lease expired) {
            // SKIP would mean the library reclaimed the lease itself; it is already gone from the store either way.
            if (expired instanceof Lease4 v4) {
                exchanges.hooks().lease4Expire(v4);
            }
            // Counted once its callouts are done, so whoever sees the count sees their effects too.
            counters.leaseReclaimed();
        }

        @Override
        public void declinedRecovered(Lease placeholder) {
            counters.declinedReclaimed();
        }
    }

    /** The interfaces with a bound socket right now. */
    public List<String> servedInterfaces() {
        return channels.served();
    }

    @Override
    public void close() {
        lifecycle.close();
        channels.close();
        threads.close();
    }
}
