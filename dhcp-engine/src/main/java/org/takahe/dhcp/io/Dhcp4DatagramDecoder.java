package org.takahe.dhcp.io;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.exchange.InboundDatagram;
import org.takahe.dhcp.exchange.ReceivingInterface;
import org.takahe.dhcp.stats.Dhcp4Counters;
import org.takahe.dhcp.wire.Decoded;
import org.takahe.dhcp.wire.Dhcp4Codec;

/**
 * Event-loop step 1: datagram → {@link InboundDatagram}. The codec copies every byte it keeps into
 * the record, so the datagram is released here (by {@link MessageToMessageDecoder}) and no buffer
 * travels further. A malformed datagram is counted and logged; the shared socket stays open.
 */
public final class Dhcp4DatagramDecoder extends MessageToMessageDecoder<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(Dhcp4DatagramDecoder.class);

    private final Supplier<ReceivingInterface> receivingInterface;
    private final Dhcp4Counters counters;

    /** @param receivingInterface the channel's interface; a supplier because its addresses may change on apply */
    public Dhcp4DatagramDecoder(Supplier<ReceivingInterface> receivingInterface, Dhcp4Counters counters) {
        super(DatagramPacket.class);
        this.receivingInterface = receivingInterface;
        this.counters = counters;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket packet, List<Object> out) {
        ReceivingInterface on = receivingInterface.get();
        switch (Dhcp4Codec.decode(packet.content().nioBuffer())) {
            case Decoded.Ok ok -> out.add(new InboundDatagram(ok.message(), packet.sender(), on, packet.recipient(),
                packet.content().readableBytes()));
            case Decoded.Malformed bad -> {
                counters.dropped(bad.reason());
                DhcpMessages.DHCP4_PACKET_DROP_PARSE.log(LOG, packet.sender(), on.name(), bad.reason(), bad.detail());
            }
        }
    }
}
