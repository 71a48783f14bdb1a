package org.takahe.dhcp.wire.v6;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * IA Address option (IAADDR, RFC 8415 §21.6): one address of an IA_NA or IA_TA with its lifetimes.
 *
 * @param preferred preferred lifetime in seconds, 32 bits (0xffffffff is infinity)
 * @param valid valid lifetime in seconds, 32 bits
 * @param options the address's own options, typically a status code
 */
public record IaAddress(Inet6Address address, long preferred, long valid, Options6 options) implements TypedOption6 {

    /** Address and the two lifetimes. */
    public static final int FIXED_LENGTH = 24;

    /** @throws IllegalArgumentException if a lifetime does not fit 32 bits */
    public IaAddress {
        Wire6.checkUint32("preferred lifetime", preferred);
        Wire6.checkUint32("valid lifetime", valid);
    }

    public IaAddress(Inet6Address address, long preferred, long valid) {
        this(address, preferred, valid, Options6.none());
    }

    /** Reads an IAADDR's data; empty if it is broken. */
    public static Optional<IaAddress> from(Octets data) {
        try {
            return Optional.of(decode(data));
        } catch (MalformedDhcp6Exception e) {
            return Optional.empty();
        }
    }

    static IaAddress decode(Octets data) throws MalformedDhcp6Exception {
        Wire6.requireLength("IAADDR", data, FIXED_LENGTH);
        ByteBuffer in = Wire6.buffer(data);
        Inet6Address address = Wire6.address(in);
        long preferred = Wire6.uint32(in);
        long valid = Wire6.uint32(in);
        return new IaAddress(address, preferred, valid, OptionReader6.read(in, 1));
    }

    public Optional<StatusCode> status() {
        return options.statusCode();
    }

    @Override
    public RawOption6 toOption() {
        ByteBuffer out = ByteBuffer.allocate(FIXED_LENGTH + options.wireLength());
        out.put(address.getAddress()).putInt((int) preferred).putInt((int) valid);
        options.writeTo(out);
        return new RawOption6(OptionCode6.IAADDR, Octets.of(out.array()));
    }
}
