package org.takahe.dhcp.wire.v6;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * Identity Association for Prefix Delegation (IA_PD, RFC 8415 §21.21).
 *
 * @param iaid the client's name for the IA, 32 bits
 * @param t1 seconds until the client renews, 32 bits (0xffffffff is infinity)
 * @param t2 seconds until the client rebinds
 * @param prefixes the IAPREFIX options, in order
 * @param status the IA's status code, if it has one
 * @param other the IA's remaining options, neither IAPREFIX nor STATUS_CODE
 */
public record IaPd(long iaid, long t1, long t2, List<IaPrefix> prefixes, Optional<StatusCode> status,
        Options6 other) implements TypedOption6 {

    /** IAID, T1 and T2. */
    public static final int FIXED_LENGTH = IaFields.FIXED_LENGTH;

    /**
     * @throws IllegalArgumentException if a field does not fit 32 bits or {@code other} holds IAPREFIX or
     *     STATUS_CODE
     */
    public IaPd {
        prefixes = List.copyOf(prefixes);
        IaFields.check("IA_PD", iaid, t1, t2, other, OptionCode6.IAPREFIX);
    }

    /** An IA without status or other options. */
    public IaPd(long iaid, long t1, long t2, List<IaPrefix> prefixes) {
        this(iaid, t1, t2, prefixes, Optional.empty(), Options6.none());
    }

    /** Reads an IA_PD's data; empty if it is broken. */
    public static Optional<IaPd> from(Octets data) {
        try {
            return Optional.of(decode(data));
        } catch (MalformedDhcp6Exception e) {
            return Optional.empty();
        }
    }

    static IaPd decode(Octets data) throws MalformedDhcp6Exception {
        IaFields.Parts parts = IaFields.read("IA_PD", data, OptionCode6.IAPREFIX);
        List<IaPrefix> prefixes = new ArrayList<>(parts.leases().size());
        for (RawOption6 lease : parts.leases()) {
            prefixes.add(IaPrefix.decode(lease.data()));
        }
        return new IaPd(parts.iaid(), parts.t1(), parts.t2(), prefixes, parts.status(), parts.other());
    }

    @Override
    public RawOption6 toOption() {
        return IaFields.write(OptionCode6.IA_PD, iaid, t1, t2, prefixes, status, other);
    }
}
