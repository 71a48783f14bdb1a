package org.takahe.dhcp.io;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.exchange.ExchangeService;
import org.takahe.dhcp.exchange.ReceivingInterface;
import org.takahe.dhcp.stats.Dhcp4Counters;

/**
 * One UDP channel per served interface, bound to 0.0.0.0:port and to its device. {@link #reconcile}
 * opens and closes channels to match the configured interfaces and leaves the others alone. A failed
 * bind is logged and skipped (a later apply retries); it never stops the engine.
 */
public final class InterfaceChannels implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceChannels.class);

    private final Transport transport;
    private final EventLoopGroup group;
    private final SocketDeviceBinder binder;
    private final int port;
    private final Duration bindTimeout;
    private final ExchangeService exchanges;
    private final Executor workers;
    private final ReplyDelivery delivery;
    private final Dhcp4Counters counters;
    private final Map<String, Served> open = new HashMap<>();

    private record Served(Channel channel, AtomicReference<ReceivingInterface> receivingInterface) {
    }

    /** What the channels of one engine share; grouped so the constructor states it once. */
    public record Wiring(Transport transport, EventLoopGroup group, SocketDeviceBinder binder, int port,
            Duration bindTimeout, ExchangeService exchanges, Executor workers, ReplyDelivery delivery,
            Dhcp4Counters counters) {
    }

    public InterfaceChannels(Wiring wiring) {
        this.transport = wiring.transport();
        this.group = wiring.group();
        this.binder = wiring.binder();
        this.port = wiring.port();
        this.bindTimeout = wiring.bindTimeout();
        this.exchanges = wiring.exchanges();
        this.workers = wiring.workers();
        this.delivery = wiring.delivery();
        this.counters = wiring.counters();
    }

    /** Serves exactly the given interfaces: closes the removed, opens the new, refreshes the addresses of the kept. */
    public synchronized void reconcile(Collection<String> interfaces) {
        List<String> removed = open.keySet().stream().filter(name -> !interfaces.contains(name)).toList();
        removed.forEach(this::closeChannel);
        for (String name : interfaces) {
            Served served = open.get(name);
            if (served == null) {
                openChannel(name);
            } else {
                lookup(name).ifPresent(served.receivingInterface()::set);
            }
        }
    }

    /** The interfaces with a bound socket. */
    public synchronized List<String> served() {
        return List.copyOf(open.keySet());
    }

    @Override
    public synchronized void close() {
        List.copyOf(open.keySet()).forEach(this::closeChannel);
    }

    private void openChannel(String name) {
        Optional<ReceivingInterface> found = lookup(name);
        if (found.isEmpty()) {
            DhcpMessages.DHCP4_BIND_FAILED.log(LOG, name, port, "no such interface");
            return;
        }
        AtomicReference<ReceivingInterface> receivingInterface = new AtomicReference<>(found.get());
        ChannelFactory<DatagramChannel> factory = () -> {
            try {
                return transport.newChannel(name, binder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        ChannelFuture bound = new Bootstrap()
            .group(group)
            .channelFactory(factory)
            .option(ChannelOption.SO_REUSEADDR, true)
            .option(ChannelOption.SO_BROADCAST, true)
            .handler(new ChannelInitializer<DatagramChannel>() {
                @Override
                protected void initChannel(DatagramChannel channel) {
                    channel.pipeline().addLast(
                        new Dhcp4DatagramDecoder(receivingInterface::get, counters),
                        ReplyEncoder.dhcp4(),
                        new ExchangeDispatcher(exchanges, workers, delivery, counters));
                }
            })
            .bind(new InetSocketAddress(port));
        if (!bound.awaitUninterruptibly(bindTimeout.toMillis())) {
            bound.cancel(false);
            bound.channel().close();
            DhcpMessages.DHCP4_BIND_FAILED.log(LOG, name, port, "timed out after " + bindTimeout);
        } else if (!bound.isSuccess()) {
            bound.channel().close();
            DhcpMessages.DHCP4_BIND_FAILED.log(LOG, name, port, String.valueOf(bound.cause()));
        } else {
            open.put(name, new Served(bound.channel(), receivingInterface));
            if (!transport.bindsToDevice()) {
                DhcpMessages.DHCP4_NO_DEVICE_BINDING.log(LOG, name);
            }
            DhcpMessages.DHCP4_LISTENING.log(LOG, name, ((InetSocketAddress) bound.channel().localAddress()).getPort());
        }
    }

    private void closeChannel(String name) {
        Served served = open.remove(name);
        if (served != null) {
            served.channel().close().awaitUninterruptibly(bindTimeout.toMillis());
            DhcpMessages.DHCP4_CHANNEL_CLOSED.log(LOG, name);
        }
    }

    private static Optional<ReceivingInterface> lookup(String name) {
        try {
            return InterfaceAddresses.lookup(name);
        } catch (SocketException e) {
            DhcpMessages.DHCP4_BIND_FAILED.log(LOG, name, "-", e.toString());
            return Optional.empty();
        }
    }
}
