package org.takahe.dhcp.io;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.nio.ByteBuffer;
import java.util.List;
import org.takahe.dhcp.wire.Dhcp4Codec;

/** Reply record → datagram; the buffer comes from the channel's allocator and is released by the transport. */
public final class Dhcp4DatagramEncoder extends MessageToMessageEncoder<OutboundDatagram> {

    public Dhcp4DatagramEncoder() {
        super(OutboundDatagram.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, OutboundDatagram reply, List<Object> out) {
        ByteBuffer bytes = Dhcp4Codec.encode(reply.message());
        ByteBuf buffer = ctx.alloc().buffer(bytes.remaining());
        buffer.writeBytes(bytes);
        out.add(new DatagramPacket(buffer, reply.recipient()));
    }
}
