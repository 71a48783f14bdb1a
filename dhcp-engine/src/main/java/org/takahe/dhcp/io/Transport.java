package org.takahe.dhcp.io;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.util.Optional;

/** Native epoll where available (it exposes the socket's fd for SO_BINDTODEVICE), else portable NIO. */
public enum Transport {
    EPOLL, NIO;

    public static Transport detect() {
        return Epoll.isAvailable() ? EPOLL : NIO;
    }

    public IoHandlerFactory ioHandlerFactory() {
        return switch (this) {
            case EPOLL -> EpollIoHandler.newFactory();
            case NIO -> NioIoHandler.newFactory();
        };
    }

    /**
     * A new IPv4 datagram channel tied to the interface. With NIO there is no fd to bind, so the
     * returned channel is unbound to any device (callers log that).
     */
    public DatagramChannel newChannel(String interfaceName, SocketDeviceBinder binder) throws IOException {
        return newChannel(SocketProtocolFamily.INET, (fd, channel) -> {
            binder.bind(fd, interfaceName);
            // Each datagram then carries the address it was sent to (broadcast or ours), not the
            // socket's wildcard: classification's pkt.dst reads it.
            channel.config().setOption(EpollChannelOption.IP_RECVORIGDSTADDR, true);
        });
    }

    /**
     * A new datagram channel of this family. With epoll the socket exists from construction, so {@code setup} sets
     * options on its fd before bind, as SO_BINDTODEVICE must be; with NIO there is no fd and {@code setup} is not run
     * (callers log what is missing). A failed setup closes the socket.
     */
    public DatagramChannel newChannel(SocketProtocolFamily family, SocketSetup setup) throws IOException {
        return switch (this) {
            case EPOLL -> {
                EpollDatagramChannel channel = new EpollDatagramChannel(family);
                try {
                    setup.apply(channel.fd().intValue(), channel);
                } catch (IOException | RuntimeException e) {
                    channel.unsafe().closeForcibly();
                    throw e;
                }
                yield channel;
            }
            case NIO -> new NioDatagramChannel(family);
        };
    }

    /** Options set on a new socket's fd before it is bound. */
    @FunctionalInterface
    public interface SocketSetup {
        void apply(int fd, DatagramChannel channel) throws IOException;
    }

    public boolean bindsToDevice() {
        return this == EPOLL;
    }

    /** Why epoll is not used, when it is not. */
    public Optional<Throwable> epollUnavailabilityCause() {
        return Optional.ofNullable(Epoll.unavailabilityCause());
    }
}
