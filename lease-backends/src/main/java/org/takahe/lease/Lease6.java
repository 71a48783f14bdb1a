package org.takahe.lease;

import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One DHCPv6 lease as stored: an address of an IA_NA or a prefix of an IA_PD, who holds it, and its lifetimes.
 *
 * @param address the leased address, or the first address of the delegated prefix
 * @param prefixLength 128 for an address, the delegated prefix's length for a prefix
 * @param type {@link LeaseType#NA} or {@link LeaseType#PD}
 * @param duid the client's DUID as lower-case hex; empty for the placeholder of a declined address
 * @param iaid the IAID of the IA holding the lease (an unsigned 32-bit number)
 * @param hardwareAddress the client's link-layer address when known (RFC 6939, or from the DUID)
 * @param subnetId the id of the allocation range the address or prefix belongs to
 * @param allocated when the lease was first granted
 * @param renewed when it was last granted or renewed
 * @param preferredUntil when the preferred lifetime ends
 * @param expires when the valid lifetime ends
 * @param t1 the T1 (renew) time sent with the IA (RFC 9243 lease-t1)
 * @param t2 the T2 (rebind) time sent with the IA (RFC 9243 lease-t2)
 * @param hostname the host name the client gave (client FQDN) or was given, if any
 */
public record Lease6(Inet6Address address, int prefixLength, LeaseType type, String duid, long iaid,
        Optional<String> hardwareAddress, String subnetId, Instant allocated, Instant renewed, Instant preferredUntil,
        Instant expires, Duration t1, Duration t2, Optional<String> hostname) implements Lease {

    /** DUID of the placeholder lease that keeps a declined address out of use. */
    public static final String DECLINED_DUID = "";

    public Lease6 {
        if (type == LeaseType.V4 || (type == LeaseType.NA && prefixLength != 128)) {
            throw new IllegalArgumentException("a " + type + " lease cannot be a DHCPv6 lease of length "
                + prefixLength);
        }
        if (iaid < 0 || iaid > 0xffff_ffffL) {
            throw new IllegalArgumentException("IAID " + iaid + " is not an unsigned 32-bit number");
        }
        duid = duid.toLowerCase(Locale.ROOT);
        key(address, prefixLength, type); // checks the prefix has no bits set beyond its length
    }

    @Override
    public LeaseKey key() {
        return key(address, prefixLength, type);
    }

    private static LeaseKey key(Inet6Address address, int prefixLength, LeaseType type) {
        return type == LeaseType.NA ? LeaseKey.na(address) : LeaseKey.pd(address, prefixLength);
    }

    @Override
    public boolean isDeclined() {
        return duid.equals(DECLINED_DUID);
    }

    @Override
    public List<OwnerKey> owners() {
        return List.of(new OwnerKey.Ia(duid, iaid, type), new OwnerKey.Duid(duid));
    }

    @Override
    public Lease6 declinedAt(Instant now, Instant until) {
        return new Lease6(address, prefixLength, type, DECLINED_DUID, 0, Optional.empty(), subnetId, now, now, now,
            until, Duration.ZERO, Duration.ZERO, Optional.empty());
    }

    @Override
    public String client() {
        return "DUID " + duid + " IAID " + iaid;
    }
}
