package org.takahe.dhcp.v6.exchange;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.alloc.IaKey;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.IaPd;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * One IA_NA or IA_PD of a client's message, as lease work needs it: its IAID and the addresses or prefixes it lists
 * (a hint in SOLICIT and REQUEST, what the client holds in RENEW, REBIND, RELEASE and DECLINE). An unspecified
 * address, or a prefix hint that gives only a length (::/56), names nothing and is left out. IA_TA is not served.
 *
 * @param listed as keys, in the order the client listed them; a prefix's bits beyond its length are cleared
 */
public record IaRequest(LeaseType type, long iaid, List<LeaseKey> listed) {

    public IaRequest {
        listed = List.copyOf(listed);
    }

    /** The message's IA_NAs, then its IA_PDs. */
    public static List<IaRequest> all(Options6 options) {
        List<IaRequest> all = new ArrayList<>();
        for (IaNa ia : options.iaNa()) {
            all.add(new IaRequest(LeaseType.NA, ia.iaid(), ia.addresses().stream()
                .filter(a -> !a.address().isAnyLocalAddress()).map(a -> LeaseKey.na(a.address())).toList()));
        }
        for (IaPd ia : options.iaPd()) {
            all.add(new IaRequest(LeaseType.PD, ia.iaid(), ia.prefixes().stream()
                .filter(p -> !p.prefix().isAnyLocalAddress())
                .map(p -> prefixKey(p.prefix(), p.prefixLength())).toList()));
        }
        return all;
    }

    /** The first address or prefix the client named, which a SOLICIT or REQUEST asks for. */
    public Optional<LeaseKey> hint() {
        return listed.stream().findFirst();
    }

    public IaKey key(String duid) {
        return new IaKey(duid, iaid, type);
    }

    public String describe() {
        return (type == LeaseType.NA ? "IA_NA " : "IA_PD ") + iaid;
    }

    private static LeaseKey prefixKey(Inet6Address prefix, int length) {
        Ipv6Prefix network = Ipv6Prefix.of(prefix, length);
        return LeaseKey.pd(network.high(), network.low(), network.length());
    }
}
