package org.takahe.server;

import java.net.Inet4Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.InMemoryConfigDatastore;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.dhcp.DhcpEngine;
import org.takahe.dhcp.EngineSettings;
import org.takahe.dhcp.v6.Dhcp6Engine;
import org.takahe.dhcp.v6.Dhcp6EngineSettings;
import org.takahe.lease.file.FileLeaseStore;
import org.takahe.lease.file.FileLeaseStoreSettings;
import org.takahe.netconf.NetconfServer;
import org.takahe.netconf.NetconfSettings;
import org.takahe.netconf.auth.UserDirectory;
import org.takahe.netconf.monitoring.SchemaSources;
import org.takahe.server.config.DhcpCommitParticipant;
import org.takahe.server.config.HookLibrariesTranslator;
import org.takahe.server.config.LeaseStoreParticipant;
import org.takahe.server.config.v6.Dhcp6CommitParticipant;
import org.takahe.server.hooks.HookLibraryCatalog;
import org.takahe.server.notification.Dhcpv6Notifier;
import org.takahe.server.notification.PoolUtilizationNotifier;
import org.takahe.server.rpc.LeaseDeletion;
import org.takahe.server.state.DhcpStateProvider;
import org.takahe.server.state.Dhcpv6StateProvider;
import org.takahe.server.state.HookStateProvider;
import org.takahe.server.state.StatisticsCounters;
import org.takahe.yang.YangModules;

/**
 * The composition root: the only place that knows every module. Builds the lease store, the DHCP
 * engine, the datastore (whose commits the engine takes part in) and the NETCONF server, in that
 * order, and closes them in reverse.
 */
public final class TakaheServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TakaheServer.class);
    /** Where the generated DHCPv6 server DUID is kept in the data directory, so it survives restarts. */
    static final String SERVER_DUID_FILE = "dhcpv6-server-duid";
    /** Set by bin/takahe to the packaged server's directory. */
    static final String HOME_PROPERTY = "takahe.home";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final NetconfServer netconf;

    private TakaheServer(ServerSettings settings) throws Exception {
        try {
            netconf = startAll(settings);
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private NetconfServer startAll(ServerSettings settings) throws Exception {
        Path data = settings.dataDirectory();
        Files.createDirectories(data);
        EffectiveModelContext schema = YangSchemas.load(YangModules.sources());

        FileLeaseStore leases = FileLeaseStore.open(leaseDirectory(data), FileLeaseStoreSettings.DEFAULTS);
        started.add(leases);
        // Before the engine, so hook libraries are closed only once the engine has stopped calling them.
        HookLibrariesTranslator hooks = new HookLibrariesTranslator(new HookLibraryCatalog(hookDirectories(settings)));
        started.add(hooks);
        PoolUtilizationNotifier poolUtilization = new PoolUtilizationNotifier();
        DhcpEngine engine = new DhcpEngine(EngineSettings.defaults().withPorts(settings.dhcp4Port(),
            EngineSettings.CLIENT_PORT), leases, Clock.systemUTC(), poolUtilization);
        started.add(engine);

        DhcpCommitParticipant dhcp = new DhcpCommitParticipant(engine, schema, hooks);
        Dhcpv6Notifier dhcp6Events = new Dhcpv6Notifier(poolUtilization);
        Dhcp6Engine engine6 = new Dhcp6Engine(Dhcp6EngineSettings.defaults().withPorts(settings.dhcp6Port(),
            Dhcp6EngineSettings.CLIENT_PORT), leases, Clock.systemUTC(), data.resolve(SERVER_DUID_FILE), dhcp6Events);
        started.add(engine6);
        Dhcp6CommitParticipant dhcp6 = new Dhcp6CommitParticipant(engine6::apply, schema);
        InMemoryConfigDatastore datastore = InMemoryConfigDatastore.open(schema, DatastoreFiles.in(data),
            Optional.of(YangModules.exampleStartupConfig()), List.of(new LeaseStoreParticipant(leases), dhcp, dhcp6));

        UserDirectory users = new UserDirectory(data);
        UserDirectory.bootstrapAdminIfNone(data);
        HookStateProvider hookState = new HookStateProvider(() -> dhcp.current().hooks(), engine::hookStatistics);
        DhcpStateProvider state = new DhcpStateProvider(dhcp::current, engine::leases,
            () -> StatisticsCounters.of(engine.statistics()));
        Dhcpv6StateProvider state6 = new Dhcpv6StateProvider(dhcp6::current, engine6::leases, engine6::statistics);
        NetconfServer netconf = new NetconfServer(NetconfSettings.defaults(data.resolve("ssh_host_key"))
                .withBindAddress(settings.netconfAddress()).withPort(settings.netconfPort()),
            users, datastore, () -> XmlDataCodec.merge(schema, hookState.addTo(state.state()), state6.state()),
            SchemaSources.read(YangModules.sources()), new LeaseDeletion(leases,
                key -> engine.deleteLease(Inet4Address.class.cast(key.address())), engine6::deleteLease).operations());
        started.add(netconf);
        poolUtilization.attach(netconf.notifications()::publish);
        dhcp6Events.attach(netconf.notifications()::publish);
        netconf.start();
        return netconf;
    }

    /**
     * Where hook library jars are looked for, in this order: the operator's directory (--hooks-dir, else
     * DATA-DIR/hooks), then lib/hooks of the packaged server, which bin/takahe names in {@value #HOME_PROPERTY}.
     */
    /** Where the file lease store lives in a data directory. */
    static Path leaseDirectory(Path dataDirectory) {
        return dataDirectory.resolve("leases");
    }

    static List<Path> hookDirectories(ServerSettings settings) {
        String home = System.getProperty(HOME_PROPERTY, "");
        return home.isBlank() ? List.of(settings.hooksDirectoryOrDefault())
            : List.of(settings.hooksDirectoryOrDefault(), Path.of(home, "lib", "hooks"));
    }

    /** Starts everything; on failure, closes what had started and rethrows. */
    public static TakaheServer start(ServerSettings settings) throws Exception {
        return new TakaheServer(settings);
    }

    public int netconfPort() {
        return netconf.port();
    }

    @Override
    public void close() {
        ServerMessages.SERVER_STOPPING.log(LOG);
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.debug("closing {}", started.get(i), e);
            }
        }
        started.clear();
    }

}
