package org.takahe.netconf.ssh;

import java.time.Duration;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;
import org.takahe.netconf.SessionServices;

/** The SSH "netconf" subsystem (RFC 6242 §3): one {@link NetconfChannelCommand} per channel. */
public final class NetconfSubsystemFactory implements SubsystemFactory {

    public static final String NAME = "netconf";

    private final SessionServices services;
    private final Duration helloTimeout;

    /** @param helloTimeout how long a new session waits for the client's hello before it is closed */
    public NetconfSubsystemFactory(SessionServices services, Duration helloTimeout) {
        this.services = services;
        this.helloTimeout = helloTimeout;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Command createSubsystem(ChannelSession channel) {
        return new NetconfChannelCommand(services, helloTimeout);
    }
}
