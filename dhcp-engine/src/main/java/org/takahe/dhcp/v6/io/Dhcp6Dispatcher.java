package org.takahe.dhcp.v6.io;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.v6.Dhcp6Counters;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.v6.exchange.ExchangeOutcome6;
import org.takahe.dhcp.v6.exchange.ExchangeService6;
import org.takahe.dhcp.v6.exchange.Inbound6;
import org.takahe.dhcp.v6.exchange.Reply6;
import org.takahe.dhcp.wire.v6.RelayMessage6;

/**
 * Event-loop step 2: hands each message to the bounded worker executor and returns at once; the event loop never
 * allocates leases or waits for the journal. The worker writes the reply itself, back to where the message came
 * from: a relay agent at its own address and port (RFC 8415 §19.3, RFC 8357), a client at its address on the client
 * port, out of the socket, and so the interface, it arrived on. A full queue is a counted drop, never back-pressure
 * on the socket.
 */
public final class Dhcp6Dispatcher extends SimpleChannelInboundHandler<Inbound6> {
    private static final Logger LOG = LoggerFactory.getLogger(Dhcp6Dispatcher.class);

    private final ExchangeService6 exchanges;
    private final Executor workers;
    private final Dhcp6Counters counters;
    private final int clientPort;

    public Dhcp6Dispatcher(ExchangeService6 exchanges, Executor workers, Dhcp6Counters counters, int clientPort) {
        super(Inbound6.class);
        this.exchanges = exchanges;
        this.workers = workers;
        this.counters = counters;
        this.clientPort = clientPort;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Inbound6 inbound) {
        Channel channel = ctx.channel();
        try {
            workers.execute(() -> exchange(channel, inbound));
        } catch (RejectedExecutionException e) {
            counters.dropped(Dhcp6DropReason.QUEUE_FULL);
            Dhcp6Messages.DHCP6_QUEUE_FULL.log(LOG, inbound.source(),
                inbound.arrival().interfaceName().orElse("-"));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // One bad read must not stop the interface: log and keep the shared socket open.
        Dhcp6Messages.DHCP6_SOCKET_ERROR.log(LOG, ctx.channel(), cause.toString());
    }

    private void exchange(Channel channel, Inbound6 inbound) {
        if (exchanges.process(inbound) instanceof ExchangeOutcome6.Replied replied) {
            send(channel, inbound, replied.reply());
        }
    }

    private void send(Channel channel, Inbound6 inbound, Reply6 reply) {
        InetSocketAddress recipient = inbound.packet() instanceof RelayMessage6 ? inbound.source()
            : new InetSocketAddress(inbound.source().getAddress(), clientPort);
        String xid = Integer.toHexString(reply.message().transactionId());
        channel.writeAndFlush(new Outbound6(reply.packet(), recipient)).addListener(future -> {
            if (future.isSuccess()) {
                counters.sent(reply.message().type());
                Dhcp6Messages.DHCP6_REPLY_SENT.log(LOG, reply.message().type(), xid, recipient);
            } else {
                Dhcp6Messages.DHCP6_REPLY_SEND_FAILED.log(LOG, xid, recipient, String.valueOf(future.cause()));
            }
        });
    }
}
