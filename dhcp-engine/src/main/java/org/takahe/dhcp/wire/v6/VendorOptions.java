package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * Vendor-specific Information option (VENDOR_OPTS, RFC 8415 §21.17): an enterprise number, then that
 * enterprise's sub-options in the DHCPv6 layout (16-bit code, 16-bit length).
 */
public record VendorOptions(long enterpriseNumber, List<RawOption6> subOptions) implements TypedOption6 {

    /** The enterprise number. */
    public static final int FIXED_LENGTH = 4;

    /** @throws IllegalArgumentException if the enterprise number does not fit 32 bits */
    public VendorOptions {
        Wire6.checkUint32("enterprise number", enterpriseNumber);
        subOptions = List.copyOf(subOptions);
    }

    /** Reads a VENDOR_OPTS option's data; empty if it is shorter than the number or a sub-option overruns it. */
    public static Optional<VendorOptions> from(Octets data) {
        if (data.length() < FIXED_LENGTH) {
            return Optional.empty();
        }
        ByteBuffer in = Wire6.buffer(data);
        long enterprise = Wire6.uint32(in);
        try {
            return Optional.of(new VendorOptions(enterprise, OptionReader6.readFlat(in)));
        } catch (MalformedDhcp6Exception e) {
            return Optional.empty();
        }
    }

    /** The data of the first sub-option with this code. */
    public Optional<Octets> subOption(int code) {
        return subOptions.stream().filter(o -> o.code() == code).findFirst().map(RawOption6::data);
    }

    @Override
    public RawOption6 toOption() {
        Options6 subs = Options6.of(subOptions);
        ByteBuffer out = ByteBuffer.allocate(FIXED_LENGTH + subs.wireLength()).putInt((int) enterpriseNumber);
        subs.writeTo(out);
        return new RawOption6(OptionCode6.VENDOR_OPTS, Octets.of(out.array()));
    }
}
