package org.takahe.dhcp.v6.io;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.nio.ByteBuffer;
import java.util.List;
import org.takahe.dhcp.wire.v6.Dhcp6Codec;

/** Reply record → datagram; the buffer comes from the channel's allocator and is released by the transport. */
public final class Dhcp6DatagramEncoder extends MessageToMessageEncoder<Outbound6> {

    public Dhcp6DatagramEncoder() {
        super(Outbound6.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Outbound6 reply, List<Object> out) {
        ByteBuffer bytes = Dhcp6Codec.encode(reply.packet());
        ByteBuf buffer = ctx.alloc().buffer(bytes.remaining());
        buffer.writeBytes(bytes);
        out.add(new DatagramPacket(buffer, reply.recipient()));
    }
}
