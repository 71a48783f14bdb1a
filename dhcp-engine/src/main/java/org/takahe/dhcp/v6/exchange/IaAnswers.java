package org.takahe.dhcp.v6.exchange;

import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.v6.IaAddress;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.IaPd;
import org.takahe.dhcp.wire.v6.IaPrefix;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.dhcp.wire.v6.TypedOption6;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * The IA_NA and IA_PD options of a reply (RFC 8415 §21.4, §21.21): a granted lease with its T1, T2 and lifetimes,
 * addresses or prefixes the client must stop using with lifetimes 0, or a status code and nothing else.
 */
public final class IaAnswers {
    /** RFC 8415 §7.7: 0xffffffff means infinity; longer durations are sent as that. */
    private static final long INFINITY = 0xffff_ffffL;

    private IaAnswers() {
    }

    /**
     * The IA holding {@code lease}, then each of {@code withdrawn} (not the lease's own key) with lifetimes 0.
     * Lifetimes count from the lease's grant, which is now.
     */
    public static TypedOption6 granted(IaRequest ia, Lease6 lease, Collection<LeaseKey> withdrawn) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(lease.key(), seconds(lease.renewed(), lease.preferredUntil()),
            seconds(lease.renewed(), lease.expires())));
        withdrawn.stream().filter(k -> !k.equals(lease.key())).distinct().forEach(k -> entries.add(new Entry(k, 0, 0)));
        return build(ia, Math.min(INFINITY, lease.t1().toSeconds()), Math.min(INFINITY, lease.t2().toSeconds()),
            entries, Optional.empty());
    }

    /** The IA with a status code and, when given, addresses or prefixes with lifetimes 0; T1 and T2 are 0. */
    public static TypedOption6 status(IaRequest ia, int code, String message, Collection<LeaseKey> withdrawn) {
        return build(ia, 0, 0, zero(withdrawn), Optional.of(new StatusCode(code, message)));
    }

    /** The IA with only these addresses or prefixes at lifetimes 0: the client must stop using them. */
    public static TypedOption6 withdrawn(IaRequest ia, Collection<LeaseKey> keys) {
        return build(ia, 0, 0, zero(keys), Optional.empty());
    }

    private record Entry(LeaseKey key, long preferred, long valid) {
    }

    private static List<Entry> zero(Collection<LeaseKey> keys) {
        return keys.stream().distinct().map(k -> new Entry(k, 0, 0)).toList();
    }

    private static TypedOption6 build(IaRequest ia, long t1, long t2, List<Entry> entries,
            Optional<StatusCode> status) {
        if (ia.type() == LeaseType.NA) {
            return new IaNa(ia.iaid(), t1, t2, entries.stream().map(e -> address(e.key(), e.preferred(), e.valid()))
                .toList(), status, Options6.none());
        }
        return new IaPd(ia.iaid(), t1, t2, entries.stream().map(e -> prefix(e.key(), e.preferred(), e.valid()))
            .toList(), status, Options6.none());
    }

    private static IaAddress address(LeaseKey key, long preferred, long valid) {
        return new IaAddress((Inet6Address) key.address(), preferred, valid);
    }

    private static IaPrefix prefix(LeaseKey key, long preferred, long valid) {
        return new IaPrefix(preferred, valid, key.prefixLength(), (Inet6Address) key.address());
    }

    private static long seconds(Instant from, Instant to) {
        return Math.clamp(Duration.between(from, to).toSeconds(), 0, INFINITY);
    }
}
