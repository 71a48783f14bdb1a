package org.takahe.dhcp;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.Inet4Address;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.alloc.AllocationEngine;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.exchange.ChainFactory;
import org.takahe.dhcp.exchange.ExchangeService;
import org.takahe.dhcp.io.InterfaceChannels;
import org.takahe.dhcp.io.ReplyAddressing;
import org.takahe.dhcp.io.SocketDeviceBinder;
import org.takahe.dhcp.io.Transport;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.stats.Dhcp4Statistics;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;

/**
 * The DHCP engine as the rest of the server sees it: check a configuration, apply it, read leases
 * and statistics. Serves nothing until the first {@link #apply}. The lease store stays the caller's
 * to close.
 */
public final class DhcpEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DhcpEngine.class);

    private final LeaseStore leases;
    private final Dhcp4Counters counters = new Dhcp4Counters();
    private final AllocationEngine allocation;
    private final ExchangeService exchanges;
    private final EventLoopGroup eventLoops;
    private final ThreadPoolExecutor workers;
    private final InterfaceChannels channels;

    public DhcpEngine(EngineSettings settings, LeaseStore leases) {
        this(settings, leases, Clock.systemUTC());
    }

    public DhcpEngine(EngineSettings settings, LeaseStore leases, Clock clock) {
        this.leases = leases;
        this.allocation = new AllocationEngine(leases, clock, settings.offerHold());
        this.exchanges = new ExchangeService(new ChainFactory(allocation, settings.declineProbation()), counters);
        Transport transport = Transport.detect();
        DhcpMessages.DHCP4_TRANSPORT.log(LOG, transport == Transport.EPOLL ? "epoll" : "NIO (epoll unavailable: "
            + transport.epollUnavailabilityCause().map(Throwable::toString).orElse("?") + ")");
        // One loop thread is plenty: it only decodes and enqueues.
        this.eventLoops = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("dhcp4-io", true),
            transport.ioHandlerFactory());
        this.workers = new ThreadPoolExecutor(settings.workerThreads(), settings.workerThreads(), 0,
            TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(settings.queueCapacity()),
            new DefaultThreadFactory("dhcp4-worker", true), new ThreadPoolExecutor.AbortPolicy());
        this.channels = new InterfaceChannels(new InterfaceChannels.Wiring(transport, eventLoops,
            new SocketDeviceBinder(), settings.serverPort(), settings.bindTimeout(), exchanges, workers,
            new ReplyAddressing(settings.serverPort(), settings.clientPort()), counters));
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
            allocation.retain(config.subnets());
            channels.reconcile(config.interfaces());
        }
        DhcpMessages.DHCP4_CONFIG_APPLIED.log(LOG, config.subnets().size(), config.interfaces());
    }

    public Collection<Lease4> leases() {
        return leases.all();
    }

    public Dhcp4Statistics statistics() {
        return counters.snapshot();
    }

    /** Removes a lease as an operator action; durable on return. */
    public void deleteLease(Inet4Address address) throws LeaseStoreException {
        leases.delete(address);
        DhcpMessages.DHCP4_LEASE_DELETED.log(LOG, address.getHostAddress());
    }

    /** The interfaces with a bound socket right now. */
    public List<String> servedInterfaces() {
        return channels.served();
    }

    @Override
    public void close() {
        channels.close();
        eventLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
