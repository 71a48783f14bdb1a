package org.takahe.dhcp.io;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Function;
import org.takahe.dhcp.wire.Dhcp4Codec;

/**
 * Reply record → datagram, for either family: the codec gives the bytes, the record the recipient. The buffer
 * comes from the channel's allocator and is released by the transport.
 */
public final class ReplyEncoder<T> extends MessageToMessageEncoder<T> {
    private final Function<T, ByteBuffer> codec;
    private final Function<T, InetSocketAddress> recipient;

    public ReplyEncoder(Class<T> type, Function<T, ByteBuffer> codec, Function<T, InetSocketAddress> recipient) {
        super(type);
        this.codec = codec;
        this.recipient = recipient;
    }

    /** DHCPv4 replies. */
    public static ReplyEncoder<OutboundDatagram> dhcp4() {
        return new ReplyEncoder<>(OutboundDatagram.class, reply -> Dhcp4Codec.encode(reply.message()),
            OutboundDatagram::recipient);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, T reply, List<Object> out) {
        ByteBuffer bytes = codec.apply(reply);
        ByteBuf buffer = ctx.alloc().buffer(bytes.remaining());
        buffer.writeBytes(bytes);
        out.add(new DatagramPacket(buffer, recipient.apply(reply)));
    }
}
