package org.takahe.server.config.v6;

import java.net.Inet6Address;
import java.util.Locale;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.wire.Ipv6Bytes;
import org.takahe.server.config.ConfigRefusal;

/**
 * IPv6 addresses, prefixes and DUIDs as the engine takes them, from the text the datastore holds. The YANG types
 * have checked the syntax already; what is refused here is what they let through and the engine cannot serve.
 */
final class Values6 {
    private Values6() {
    }

    /**
     * An inet:ipv6-address or ipv6-address-no-zone value.
     *
     * @throws ConfigRefusal at {@code path} if it carries a zone, which means nothing on the wire
     */
    static Inet6Address address(String text, YangInstanceIdentifier path) throws ConfigRefusal {
        if (text.indexOf('%') >= 0) {
            throw new ConfigRefusal(path, text + ": a zone (%...) has no meaning here; give the address alone");
        }
        return Ipv6Bytes.fromText(text)
            .orElseThrow(() -> new IllegalStateException(text + " passed the ipv6-address type but is no address"));
    }

    /**
     * An inet:ipv6-prefix value.
     *
     * @throws ConfigRefusal at {@code path} if bits beyond its length are set: the operator may have meant a
     *     different prefix, so it is not silently truncated
     */
    static Ipv6Prefix prefix(String text, YangInstanceIdentifier path) throws ConfigRefusal {
        int slash = text.indexOf('/');
        Inet6Address address = address(text.substring(0, slash), path);
        Ipv6Prefix prefix = Ipv6Prefix.of(address, Integer.parseInt(text.substring(slash + 1)));
        if (!prefix.networkAddress().equals(address)) {
            throw new ConfigRefusal(path, text + " has bits set beyond its length; the prefix is " + prefix);
        }
        return prefix;
    }

    /** A dhc6:duid value (hex, no separators) as the engine keeps DUIDs: lower-case hex. */
    static String duid(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Orders addresses as 128-bit unsigned numbers. */
    static int compare(Inet6Address a, Inet6Address b) {
        int high = Long.compareUnsigned(Ipv6Prefix.high(a), Ipv6Prefix.high(b));
        return high != 0 ? high : Long.compareUnsigned(Ipv6Prefix.low(a), Ipv6Prefix.low(b));
    }

    /** The text operators read: RFC 5952's. */
    static String text(Inet6Address address) {
        return Ipv6Bytes.toText(address);
    }
}
