package org.takahe.dhcp.wire.v6;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * Identity Association for Non-temporary Addresses (IA_NA, RFC 8415 §21.4).
 *
 * @param iaid the client's name for the IA, 32 bits
 * @param t1 seconds until the client renews, 32 bits (0xffffffff is infinity)
 * @param t2 seconds until the client rebinds
 * @param addresses the IAADDR options, in order
 * @param status the IA's status code, if it has one
 * @param other the IA's remaining options, neither IAADDR nor STATUS_CODE
 */
public record IaNa(long iaid, long t1, long t2, List<IaAddress> addresses, Optional<StatusCode> status,
        Options6 other) implements TypedOption6 {

    /** IAID, T1 and T2. */
    public static final int FIXED_LENGTH = IaFields.FIXED_LENGTH;

    /** @throws IllegalArgumentException if a field does not fit 32 bits or {@code other} holds IAADDR or STATUS_CODE */
    public IaNa {
        addresses = List.copyOf(addresses);
        IaFields.check("IA_NA", iaid, t1, t2, other, OptionCode6.IAADDR);
    }

    /** An IA without status or other options, as a client asks for one or a server answers. */
    public IaNa(long iaid, long t1, long t2, List<IaAddress> addresses) {
        this(iaid, t1, t2, addresses, Optional.empty(), Options6.none());
    }

    /** Reads an IA_NA's data; empty if it is broken. */
    public static Optional<IaNa> from(Octets data) {
        try {
            return Optional.of(decode(data));
        } catch (MalformedDhcp6Exception e) {
            return Optional.empty();
        }
    }

    static IaNa decode(Octets data) throws MalformedDhcp6Exception {
        IaFields.Parts parts = IaFields.read("IA_NA", data, OptionCode6.IAADDR);
        List<IaAddress> addresses = new ArrayList<>(parts.leases().size());
        for (RawOption6 lease : parts.leases()) {
            addresses.add(IaAddress.decode(lease.data()));
        }
        return new IaNa(parts.iaid(), parts.t1(), parts.t2(), addresses, parts.status(), parts.other());
    }

    @Override
    public RawOption6 toOption() {
        return IaFields.write(OptionCode6.IA_NA, iaid, t1, t2, addresses, status, other);
    }
}
