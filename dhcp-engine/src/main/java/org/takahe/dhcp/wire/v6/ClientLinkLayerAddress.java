package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * Client Link-Layer Address option (RFC 6939), which a first-hop relay adds: the client's hardware type and the
 * link-layer source address of its message.
 *
 * @param linkLayerType an IANA hardware type, 1 for Ethernet
 */
public record ClientLinkLayerAddress(int linkLayerType, Octets address) implements TypedOption6 {

    /** @throws IllegalArgumentException if the type does not fit 16 bits */
    public ClientLinkLayerAddress {
        Wire6.checkUint16("link-layer type", linkLayerType);
    }

    /** Reads the option's data; empty if it is shorter than the type. */
    public static Optional<ClientLinkLayerAddress> from(Octets data) {
        if (data.length() < 2) {
            return Optional.empty();
        }
        ByteBuffer in = Wire6.buffer(data);
        return Optional.of(new ClientLinkLayerAddress(in.getShort() & 0xffff, Wire6.rest(in)));
    }

    /** The address as "52:54:00:12:34:56" if it is a six-byte Ethernet one. */
    public Optional<String> hardwareAddress() {
        return Wire6.ethernet(linkLayerType, address);
    }

    @Override
    public RawOption6 toOption() {
        return new RawOption6(OptionCode6.CLIENT_LINKLAYER_ADDR, Octets.of(ByteBuffer.allocate(2 + address.length())
            .putShort((short) linkLayerType).put(address.toByteArray()).array()));
    }
}
