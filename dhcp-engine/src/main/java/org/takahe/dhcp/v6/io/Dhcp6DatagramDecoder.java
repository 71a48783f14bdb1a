package org.takahe.dhcp.v6.io;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.v6.Dhcp6Counters;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.dhcp.v6.exchange.Arrival;
import org.takahe.dhcp.v6.exchange.Inbound6;
import org.takahe.dhcp.wire.v6.Dhcp6Codec;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception;

/**
 * Event-loop step 1: datagram → {@link Inbound6}. The codec copies every byte it keeps, so the datagram is released
 * here (by {@link MessageToMessageDecoder}) and no buffer travels further. A malformed datagram is counted by its
 * reason and logged; the shared socket stays open.
 */
public final class Dhcp6DatagramDecoder extends MessageToMessageDecoder<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(Dhcp6DatagramDecoder.class);

    private final Supplier<Arrival> arrival;
    private final Dhcp6Counters counters;

    /** @param arrival what the socket tells of each datagram; a supplier because addresses change on apply */
    public Dhcp6DatagramDecoder(Supplier<Arrival> arrival, Dhcp6Counters counters) {
        super(DatagramPacket.class);
        this.arrival = arrival;
        this.counters = counters;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket packet, List<Object> out) {
        Arrival on = arrival.get();
        try {
            out.add(new Inbound6(Dhcp6Codec.decode(packet.content().nioBuffer()), packet.sender(), on));
        } catch (MalformedDhcp6Exception bad) {
            counters.malformed(bad.reason());
            Dhcp6Messages.DHCP6_PACKET_DROP_PARSE.log(LOG, packet.sender(), on.interfaceName().orElse("-"),
                bad.reason(), bad.getMessage());
        }
    }
}
