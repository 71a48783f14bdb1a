package org.takahe.dhcp.io;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.exchange.ExchangeOutcome;
import org.takahe.dhcp.exchange.ExchangeService;
import org.takahe.dhcp.exchange.InboundDatagram;
import org.takahe.dhcp.exchange.Reply4;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.wire.DropReason;
import org.takahe.dhcp.wire.MessageType;

/**
 * Event-loop step 2: hands each request to the bounded worker executor and returns at once; the
 * event loop never allocates leases or waits for the journal. The worker writes the reply itself.
 * A full queue is a counted drop, never back-pressure on the socket.
 */
public final class ExchangeDispatcher extends SimpleChannelInboundHandler<InboundDatagram> {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeDispatcher.class);

    private final ExchangeService exchanges;
    private final Executor workers;
    private final ReplyDelivery delivery;
    private final Dhcp4Counters counters;

    public ExchangeDispatcher(ExchangeService exchanges, Executor workers, ReplyDelivery delivery,
            Dhcp4Counters counters) {
        super(InboundDatagram.class);
        this.exchanges = exchanges;
        this.workers = workers;
        this.delivery = delivery;
        this.counters = counters;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, InboundDatagram inbound) {
        Channel channel = ctx.channel();
        try {
            workers.execute(() -> exchange(channel, inbound));
        } catch (RejectedExecutionException e) {
            counters.dropped(DropReason.QUEUE_FULL, inbound.message().messageType());
            DhcpMessages.DHCP4_QUEUE_FULL.log(LOG, inbound.source(), inbound.receivedOn().name());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // One bad read must not stop the interface: log and keep the shared socket open.
        DhcpMessages.DHCP4_SOCKET_ERROR.log(LOG, ctx.channel(), cause.toString());
    }

    private void exchange(Channel channel, InboundDatagram inbound) {
        if (exchanges.process(inbound) instanceof ExchangeOutcome.Replied replied) {
            send(channel, inbound, replied.reply());
        }
    }

    private void send(Channel channel, InboundDatagram inbound, Reply4 reply) {
        OutboundDatagram out = new OutboundDatagram(reply.message(),
            delivery.recipient(inbound.message(), reply, inbound.receivedOn().name()));
        String xid = Integer.toHexString(reply.message().xid());
        channel.writeAndFlush(out).addListener(future -> {
            if (future.isSuccess()) {
                counters.sent(reply.type());
                if (reply.type() == MessageType.ACK) {
                    DhcpMessages.DHCP4_ACK_SENT.log(LOG, xid, out.recipient(),
                        reply.message().yiaddr().getHostAddress());
                }
            } else {
                DhcpMessages.DHCP4_REPLY_SEND_FAILED.log(LOG, xid, out.recipient(), inbound.receivedOn().name(),
                    String.valueOf(future.cause()));
            }
        });
    }
}
