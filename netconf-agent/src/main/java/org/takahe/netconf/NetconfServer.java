package org.takahe.netconf;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.auth.UserDirectory;
import org.takahe.netconf.monitoring.GetSchemaHandler;
import org.takahe.netconf.monitoring.ManagementState;
import org.takahe.netconf.monitoring.NetconfMonitoringState;
import org.takahe.netconf.monitoring.SchemaSources;
import org.takahe.netconf.monitoring.YangLibraryState;
import org.takahe.netconf.notification.NotificationHub;
import org.takahe.netconf.notification.NotificationLimits;
import org.takahe.netconf.notification.Rfc6470Events;
import org.takahe.netconf.notification.StreamsState;
import org.takahe.netconf.rpc.ConfirmedCommits;
import org.takahe.netconf.rpc.CreateSubscriptionHandler;
import org.takahe.netconf.rpc.DatastoreLocks;
import org.takahe.netconf.rpc.NmdaOperations;
import org.takahe.netconf.rpc.RpcDispatcher;
import org.takahe.netconf.rpc.RpcHandler;
import org.takahe.netconf.rpc.SessionRegistry;
import org.takahe.netconf.ssh.NetconfSubsystemFactory;
import org.takahe.netconf.ssh.QuickAckIoServiceFactoryFactory;
import org.takahe.netconf.ssh.UnauthenticatedLimit;
import org.takahe.netconf.ssh.UserAuthenticator;

/**
 * The NETCONF-over-SSH server: an SSH server on NIO2 whose only service is the "netconf"
 * subsystem. Password and public-key logins are checked against the {@link UserDirectory}.
 */
public final class NetconfServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetconfServer.class);
    /** The host key algorithm; P-256 is accepted by every SSH client still in use. */
    private static final String HOST_KEY_ALGORITHM = "EC";
    private static final int HOST_KEY_BITS = 256;

    private final SshServer ssh;
    private final ScheduledExecutorService confirmTimers;
    private final ConfirmedCommits confirmedCommits;
    private final NotificationHub notifications;

    /** @param yangSources the texts the datastore's schema was built from, served by get-schema */
    public NetconfServer(NetconfSettings settings, UserDirectory users, ConfigDatastore datastore,
            StateProvider state, SchemaSources yangSources) {
        this(settings, users, datastore, state, yangSources, Map.of());
    }

    /**
     * @param modelOperations the operations (YANG {@code rpc} statements) of the data models the server implements,
     *     by {@link RpcDispatcher#qualified} name
     */
    public NetconfServer(NetconfSettings settings, UserDirectory users, ConfigDatastore datastore,
            StateProvider state, SchemaSources yangSources, Map<String, RpcHandler> modelOperations) {
        SessionRegistry sessions = new SessionRegistry(settings.maxSessions());
        notifications = new NotificationHub(NotificationLimits.DEFAULT, Clock.systemUTC(), sessions::kill);
        Rfc6470Events events = new Rfc6470Events(notifications, datastore.schema(), NotificationLimits.DEFAULT);
        DatastoreLocks locks = new DatastoreLocks(datastore, events);
        confirmTimers = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("netconf-confirm").factory());
        confirmedCommits = new ConfirmedCommits(datastore, locks, events, confirmTimers);
        StreamsState streams = new StreamsState(notifications, datastore.schema());
        StateProvider withStreams = () -> XmlDataCodec.merge(datastore.schema(), state.state(), streams.state());
        HelloExchange hello = HelloExchange.forSchema(datastore.schema());
        ManagementState management = new ManagementState(datastore.schema(),
            new NetconfMonitoringState(hello.capabilities(), hello.modules(), locks, sessions),
            new YangLibraryState(hello.modules()));
        StateProvider allState = () -> management.overlay(withStreams.state());
        RpcDispatcher dispatcher = RpcDispatcher.standard(datastore, new XmlDataCodec(datastore.schema()),
            allState, locks, sessions, confirmedCommits, events)
            .with(Map.of(RpcDispatcher.qualified(CreateSubscriptionHandler.NOTIFICATION_NS, "create-subscription"),
                new CreateSubscriptionHandler(notifications, datastore.schema()),
                RpcDispatcher.qualified(NetconfMonitoringState.NAMESPACE, GetSchemaHandler.OPERATION),
                new GetSchemaHandler(yangSources)));
        dispatcher = dispatcher.with(NmdaOperations.handlers(dispatcher, datastore.schema())).with(modelOperations);
        // The session-end event first, then the session's subscription stops, then its trial is rolled back.
        SessionListener listener = SessionListener.all(List.of(events, notifications, confirmedCommits));
        SessionServices services = new SessionServices(hello, dispatcher,
            locks, sessions, settings.framing(), listener);

        SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(settings.hostKeyFile());
        hostKey.setAlgorithm(HOST_KEY_ALGORITHM);
        hostKey.setKeySize(HOST_KEY_BITS);
        UserAuthenticator authenticator = new UserAuthenticator(users);

        ssh = SshServer.setUpDefaultServer();
        ssh.setIoServiceFactoryFactory(new QuickAckIoServiceFactoryFactory());
        ssh.setHost(settings.bindAddress());
        ssh.setPort(settings.port());
        ssh.setKeyPairProvider(hostKey);
        ssh.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        ssh.setPasswordAuthenticator(authenticator);
        ssh.setPublickeyAuthenticator(authenticator);
        ssh.setKeyboardInteractiveAuthenticator(null);
        ssh.setSubsystemFactories(List.of(new NetconfSubsystemFactory(services, settings.helloTimeout())));
        CoreModuleProperties.IDLE_TIMEOUT.set(ssh, settings.idleTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(ssh, settings.loginGraceTime());
        ssh.addSessionListener(new UnauthenticatedLimit(settings.maxUnauthenticated(), settings.loginGraceTime()));
        // A write to a client that reads nothing waits this long for SSH window space, then fails and ends
        // that session; the reply waits in the session's own thread, so nothing else is buffered meanwhile.
        CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(ssh, settings.writeTimeout());
        // Every reply is a few small SSH packets (chunk header, data, end of chunks); with Nagle's algorithm on,
        // each exchange waits for the peer's delayed ACK.
        CoreModuleProperties.TCP_NODELAY.set(ssh, true);
    }

    /** Binds the port and starts accepting connections. */
    public void start() throws IOException {
        ssh.start();
        NetconfMessages.NETCONF_SERVER_STARTED.log(LOG, ssh.getBoundAddresses());
    }

    /**
     * The NETCONF event stream, for the rest of the server to raise its own notifications on (modules it
     * implements, e.g. a DHCP pool's utilization); the stream stamps, replays and delivers them like its own.
     */
    public NotificationHub notifications() {
        return notifications;
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        return ssh.getPort();
    }

    /** Stops listening and closes every session, which releases their locks. */
    @Override
    public void close() throws IOException {
        ssh.stop(true);
        // A configuration still on trial is not kept past the server's life.
        confirmedCommits.close();
        confirmTimers.shutdownNow();
        NetconfMessages.NETCONF_SERVER_STOPPED.log(LOG);
    }
}
