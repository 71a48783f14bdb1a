package org.takahe.dhcp.wire.v6;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.takahe.dhcp.wire.Ipv6Bytes;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception.Reason;

/**
 * IA Prefix option (IAPREFIX, RFC 8415 §21.22): one delegated prefix of an IA_PD with its lifetimes.
 *
 * @param preferred preferred lifetime in seconds, 32 bits (0xffffffff is infinity)
 * @param valid valid lifetime in seconds, 32 bits
 * @param prefixLength 0..128
 * @param options the prefix's own options, typically a status code
 */
public record IaPrefix(long preferred, long valid, int prefixLength, Inet6Address prefix, Options6 options)
        implements TypedOption6 {

    /** The two lifetimes, the prefix length and the prefix. */
    public static final int FIXED_LENGTH = 25;
    static final int PREFIX_LENGTH_OFFSET = 8;

    /** @throws IllegalArgumentException if a lifetime does not fit 32 bits or the length is over 128 */
    public IaPrefix {
        Wire6.checkUint32("preferred lifetime", preferred);
        Wire6.checkUint32("valid lifetime", valid);
        if (prefixLength < 0 || prefixLength > 128) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is not in 0..128");
        }
    }

    public IaPrefix(long preferred, long valid, int prefixLength, Inet6Address prefix) {
        this(preferred, valid, prefixLength, prefix, Options6.none());
    }

    /** Reads an IAPREFIX's data; empty if it is broken. */
    public static Optional<IaPrefix> from(Octets data) {
        try {
            return Optional.of(decode(data));
        } catch (MalformedDhcp6Exception e) {
            return Optional.empty();
        }
    }

    static IaPrefix decode(Octets data) throws MalformedDhcp6Exception {
        Wire6.requireLength("IAPREFIX", data, FIXED_LENGTH);
        ByteBuffer in = Wire6.buffer(data);
        long preferred = Wire6.uint32(in);
        long valid = Wire6.uint32(in);
        int prefixLength = in.get() & 0xff;
        checkPrefixLength(prefixLength);
        Inet6Address prefix = Wire6.address(in);
        return new IaPrefix(preferred, valid, prefixLength, prefix, OptionReader6.read(in, 1));
    }

    static void checkPrefixLength(int prefixLength) throws MalformedDhcp6Exception {
        if (prefixLength > 128) {
            throw new MalformedDhcp6Exception(Reason.INVALID_OPTION, "IAPREFIX with prefix length " + prefixLength);
        }
    }

    public Optional<StatusCode> status() {
        return options.statusCode();
    }

    /** The prefix as text, e.g. "2001:db8:1::/48". */
    public String toText() {
        return Ipv6Bytes.toText(prefix) + "/" + prefixLength;
    }

    @Override
    public RawOption6 toOption() {
        ByteBuffer out = ByteBuffer.allocate(FIXED_LENGTH + options.wireLength());
        out.putInt((int) preferred).putInt((int) valid).put((byte) prefixLength).put(prefix.getAddress());
        options.writeTo(out);
        return new RawOption6(OptionCode6.IAPREFIX, Octets.of(out.array()));
    }
}
