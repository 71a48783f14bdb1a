package org.takahe.netconf;

import java.io.IOException;
import java.util.List;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
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
import org.takahe.netconf.rpc.DatastoreLocks;
import org.takahe.netconf.rpc.RpcDispatcher;
import org.takahe.netconf.rpc.SessionRegistry;
import org.takahe.netconf.ssh.NetconfSubsystemFactory;
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

    public NetconfServer(NetconfSettings settings, UserDirectory users, ConfigDatastore datastore,
            StateProvider state) {
        DatastoreLocks locks = new DatastoreLocks(datastore);
        SessionRegistry sessions = new SessionRegistry(settings.maxSessions());
        RpcDispatcher dispatcher = RpcDispatcher.standard(datastore, new XmlDataCodec(datastore.schema()), state,
            locks, sessions);
        SessionServices services = new SessionServices(HelloExchange.forSchema(datastore.schema()), dispatcher,
            locks, sessions, settings.framing());

        SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(settings.hostKeyFile());
        hostKey.setAlgorithm(HOST_KEY_ALGORITHM);
        hostKey.setKeySize(HOST_KEY_BITS);
        UserAuthenticator authenticator = new UserAuthenticator(users);

        ssh = SshServer.setUpDefaultServer();
        ssh.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        ssh.setHost(settings.bindAddress());
        ssh.setPort(settings.port());
        ssh.setKeyPairProvider(hostKey);
        ssh.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        ssh.setPasswordAuthenticator(authenticator);
        ssh.setPublickeyAuthenticator(authenticator);
        ssh.setKeyboardInteractiveAuthenticator(null);
        ssh.setSubsystemFactories(List.of(new NetconfSubsystemFactory(services)));
        CoreModuleProperties.IDLE_TIMEOUT.set(ssh, settings.idleTimeout());
    }

    /** Binds the port and starts accepting connections. */
    public void start() throws IOException {
        ssh.start();
        NetconfMessages.NETCONF_SERVER_STARTED.log(LOG, ssh.getBoundAddresses());
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        return ssh.getPort();
    }

    /** Stops listening and closes every session, which releases their locks. */
    @Override
    public void close() throws IOException {
        ssh.stop(true);
        NetconfMessages.NETCONF_SERVER_STOPPED.log(LOG);
    }
}
