package org.takahe.dhcp.v6.io;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.io.SocketDeviceBinder;
import org.takahe.dhcp.io.Transport;
import org.takahe.dhcp.v6.Dhcp6Counters;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.v6.exchange.Arrival;
import org.takahe.dhcp.v6.exchange.Arrival.Delivery;
import org.takahe.dhcp.v6.exchange.ExchangeService6;

/**
 * The DHCPv6 sockets, all on the server port with SO_REUSEADDR, each telling the exchange how its datagrams
 * arrived (Linux gives no IPv6 destination address through Netty, so the socket stands for it):
 * <ul>
 * <li>per served interface, one bound to ff02::1:2 on that interface, which joins the group there: the multicast
 *     of its clients and relays;</li>
 * <li>per served interface, one bound to :: and to the device, with IPV6_MULTICAST_ALL off so it sees no multicast:
 *     unicast to the interface's other addresses, which clients must not use (answered UseMulticast);</li>
 * <li>per configured unicast address, one bound to it: relays and invited clients. The kernel prefers a socket
 *     bound to the exact address over the wildcard one.</li>
 * </ul>
 * {@link #reconcile} opens and closes sockets to match the configuration and leaves the others alone, so packets
 * keep flowing through a reconfiguration. A failed bind is logged and skipped, and a later apply retries it: an
 * interface whose unicast socket failed keeps its multicast one meanwhile, and counts as served only with both.
 */
public final class Dhcp6Sockets implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dhcp6Sockets.class);
    /** All_DHCP_Relay_Agents_and_Servers (RFC 8415 §7.1). */
    private static final byte[] ALL_RELAY_AGENTS_AND_SERVERS =
        {(byte) 0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2};
    // <netinet/in.h> and <linux/in6.h>.
    private static final int IPPROTO_IPV6 = 41;
    private static final int IPV6_MULTICAST_ALL = 29;

    /** What the sockets of one engine share; grouped so the constructor states it once. */
    public record Wiring(Transport transport, EventLoopGroup group, SocketDeviceBinder binder, int port,
            int clientPort, Duration bindTimeout, ExchangeService6 exchanges, Executor workers,
            Dhcp6Counters counters) {
    }

    /** @param unicast empty when its bind failed, or with NIO, which cannot tie it to the device */
    private record InterfaceSockets(Channel multicast, Optional<Channel> unicast,
            AtomicReference<List<Inet6Address>> addresses) {
    }

    private record UnicastSocket(Channel channel, AtomicReference<Arrival> arrival) {
    }

    private final Wiring wiring;
    private final Map<String, InterfaceSockets> interfaces = new HashMap<>();
    private final Map<Inet6Address, UnicastSocket> unicast = new HashMap<>();

    public Dhcp6Sockets(Wiring wiring) {
        this.wiring = wiring;
    }

    /**
     * Serves exactly these interfaces and unicast addresses: closes the removed, opens the new, refreshes the
     * addresses the kept ones report.
     */
    public synchronized void reconcile(Collection<String> names, Collection<Inet6Address> addresses) {
        List.copyOf(interfaces.keySet()).stream().filter(n -> !names.contains(n)).forEach(this::closeInterface);
        List.copyOf(unicast.keySet()).stream().filter(a -> !addresses.contains(a)).forEach(this::closeUnicast);
        for (String name : names) {
            InterfaceSockets open = interfaces.get(name);
            if (open == null) {
                openInterface(name);
            } else {
                lookup(name).ifPresent(nic -> open.addresses().set(InterfaceAddresses6.addresses(nic)));
                if (open.unicast().isEmpty() && wiring.transport().bindsToDevice()) {
                    interfaces.put(name, new InterfaceSockets(open.multicast(),
                        bindInterfaceUnicast(name, open.addresses()), open.addresses()));
                }
            }
        }
        for (Inet6Address address : addresses) {
            UnicastSocket open = unicast.get(address);
            if (open == null) {
                openUnicast(address);
            } else {
                open.arrival().set(unicastArrival(address, holder(address)));
            }
        }
    }

    /** The interfaces with all their sockets bound: multicast and, where the transport ties one to it, unicast. */
    public synchronized List<String> served() {
        boolean needsUnicast = wiring.transport().bindsToDevice();
        return interfaces.entrySet().stream().filter(e -> e.getValue().unicast().isPresent() || !needsUnicast)
            .map(Map.Entry::getKey).sorted().toList();
    }

    /** The unicast addresses with a bound socket. */
    public synchronized List<Inet6Address> servedUnicast() {
        return List.copyOf(unicast.keySet());
    }

    @Override
    public synchronized void close() {
        List.copyOf(interfaces.keySet()).forEach(this::closeInterface);
        List.copyOf(unicast.keySet()).forEach(this::closeUnicast);
    }

    private void openInterface(String name) {
        Optional<NetworkInterface> found = lookup(name);
        if (found.isEmpty()) {
            Dhcp6Messages.DHCP6_BIND_FAILED.log(LOG, "interface " + name, wiring.port(), "no such interface");
            return;
        }
        NetworkInterface nic = found.get();
        AtomicReference<List<Inet6Address>> addresses = new AtomicReference<>(InterfaceAddresses6.addresses(nic));
        String what = "interface " + name;
        Optional<Channel> multicast = bind(factory(fd -> wiring.binder().bind(fd, name)),
            new InetSocketAddress(scoped(ALL_RELAY_AGENTS_AND_SERVERS, nic), wiring.port()),
            () -> new Arrival(Optional.of(name), addresses.get(), Delivery.MULTICAST),
            what + " ff02::1:2").flatMap(channel -> join(channel, nic, what));
        if (multicast.isEmpty()) {
            return;
        }
        Optional<Channel> unicastSocket = Optional.empty();
        if (wiring.transport().bindsToDevice()) {
            unicastSocket = bindInterfaceUnicast(name, addresses);
        } else {
            Dhcp6Messages.DHCP6_NO_DEVICE_BINDING.log(LOG, name);
        }
        interfaces.put(name, new InterfaceSockets(multicast.get(), unicastSocket, addresses));
    }

    /** The socket for unicast to the interface's addresses other than the configured unicast ones. */
    private Optional<Channel> bindInterfaceUnicast(String name, AtomicReference<List<Inet6Address>> addresses) {
        return bind(factory(fd -> {
            wiring.binder().bind(fd, name);
            wiring.binder().setInt(fd, IPPROTO_IPV6, IPV6_MULTICAST_ALL, 0, "IPV6_MULTICAST_ALL");
        }), new InetSocketAddress(unscoped(new byte[16]), wiring.port()),
            () -> new Arrival(Optional.of(name), addresses.get(), Delivery.UNICAST_UNCONFIGURED),
            "interface " + name + " unicast");
    }

    private Optional<Channel> join(Channel channel, NetworkInterface nic, String what) {
        ChannelFuture joined = ((DatagramChannel) channel).joinGroup(
            new InetSocketAddress(scoped(ALL_RELAY_AGENTS_AND_SERVERS, nic), wiring.port()), nic);
        if (joined.awaitUninterruptibly(wiring.bindTimeout().toMillis()) && joined.isSuccess()) {
            return Optional.of(channel);
        }
        channel.close().awaitUninterruptibly(wiring.bindTimeout().toMillis());
        Dhcp6Messages.DHCP6_BIND_FAILED.log(LOG, what + " ff02::1:2", wiring.port(), "cannot join the group: "
            + (joined.isDone() ? String.valueOf(joined.cause()) : "timed out"));
        return Optional.empty();
    }

    private void openUnicast(Inet6Address address) {
        Optional<NetworkInterface> nic = holder(address);
        AtomicReference<Arrival> arrival = new AtomicReference<>(unicastArrival(address, nic));
        InetAddress local = address.isLinkLocalAddress() && nic.isPresent()
            ? scoped(address.getAddress(), nic.get()) : address;
        bind(factory(fd -> { }), new InetSocketAddress(local, wiring.port()), arrival::get,
            "unicast address " + address.getHostAddress())
            .ifPresent(channel -> unicast.put(address, new UnicastSocket(channel, arrival)));
    }

    private static Arrival unicastArrival(Inet6Address address, Optional<NetworkInterface> nic) {
        return new Arrival(nic.map(NetworkInterface::getName),
            nic.map(InterfaceAddresses6::addresses).orElse(List.of()), Delivery.UNICAST);
    }

    /** An IPv6 channel whose fd gets {@code setup} before bind (epoll; with NIO there is no fd). */
    private ChannelFactory<DatagramChannel> factory(FdSetup setup) {
        return () -> {
            try {
                return wiring.transport().newChannel(SocketProtocolFamily.INET6, (fd, channel) -> setup.apply(fd));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @FunctionalInterface
    private interface FdSetup {
        void apply(int fd) throws IOException;
    }

    private Optional<Channel> bind(ChannelFactory<DatagramChannel> factory, InetSocketAddress local,
            Supplier<Arrival> arrival, String what) {
        ChannelFuture bound = new Bootstrap()
            .group(wiring.group())
            .channelFactory(factory)
            .option(ChannelOption.SO_REUSEADDR, true)
            .handler(new ChannelInitializer<DatagramChannel>() {
                @Override
                protected void initChannel(DatagramChannel channel) {
                    channel.pipeline().addLast(
                        new Dhcp6DatagramDecoder(arrival, wiring.counters()),
                        Outbound6.encoder(),
                        new Dhcp6Dispatcher(wiring.exchanges(), wiring.workers(), wiring.counters(),
                            wiring.clientPort()));
                }
            })
            .bind(local);
        if (!bound.awaitUninterruptibly(wiring.bindTimeout().toMillis())) {
            bound.cancel(false);
            bound.channel().close();
            Dhcp6Messages.DHCP6_BIND_FAILED.log(LOG, what, wiring.port(), "timed out after " + wiring.bindTimeout());
            return Optional.empty();
        }
        if (!bound.isSuccess()) {
            bound.channel().close();
            Dhcp6Messages.DHCP6_BIND_FAILED.log(LOG, what, wiring.port(), String.valueOf(bound.cause()));
            return Optional.empty();
        }
        Dhcp6Messages.DHCP6_LISTENING.log(LOG, what, ((InetSocketAddress) bound.channel().localAddress()).getPort(),
            wiring.transport());
        return Optional.of(bound.channel());
    }

    private void closeInterface(String name) {
        InterfaceSockets open = interfaces.remove(name);
        if (open != null) {
            Stream.concat(Stream.of(open.multicast()), open.unicast().stream())
                .forEach(c -> c.close().awaitUninterruptibly(wiring.bindTimeout().toMillis()));
            Dhcp6Messages.DHCP6_CHANNEL_CLOSED.log(LOG, "interface " + name);
        }
    }

    private void closeUnicast(Inet6Address address) {
        UnicastSocket open = unicast.remove(address);
        if (open != null) {
            open.channel().close().awaitUninterruptibly(wiring.bindTimeout().toMillis());
            Dhcp6Messages.DHCP6_CHANNEL_CLOSED.log(LOG, "unicast address " + address.getHostAddress());
        }
    }

    private Optional<NetworkInterface> lookup(String name) {
        try {
            return InterfaceAddresses6.byName(name);
        } catch (SocketException e) {
            Dhcp6Messages.DHCP6_BIND_FAILED.log(LOG, "interface " + name, wiring.port(), e.toString());
            return Optional.empty();
        }
    }

    private Optional<NetworkInterface> holder(Inet6Address address) {
        try {
            return InterfaceAddresses6.holding(address);
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    /** The address with the interface as its scope, as link-local ones need. */
    private static Inet6Address scoped(byte[] address, NetworkInterface nic) {
        try {
            return Inet6Address.getByAddress(null, address, nic);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("sixteen bytes always make an address", e);
        }
    }

    private static InetAddress unscoped(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("sixteen bytes always make an address", e);
        }
    }
}
