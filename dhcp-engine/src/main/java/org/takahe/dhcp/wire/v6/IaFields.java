package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * The layout IA_NA and IA_PD share (RFC 8415 §21.4, §21.21): IAID, T1, T2, then options, among them the leases
 * (IAADDR or IAPREFIX) and a status code, which the records hold apart from the other options.
 */
final class IaFields {
    static final int FIXED_LENGTH = 12;

    private IaFields() {
    }

    /** An IA taken apart; {@code leases} still raw, so each record decodes its own kind. */
    record Parts(long iaid, long t1, long t2, List<RawOption6> leases, Optional<StatusCode> status, Options6 other) {
    }

    /**
     * Reads an IA's data. The first well-formed status code is its status; further or malformed ones are dropped,
     * as nothing could act on them.
     */
    static Parts read(String name, Octets data, int leaseCode) throws MalformedDhcp6Exception {
        Wire6.requireLength(name, data, FIXED_LENGTH);
        ByteBuffer in = Wire6.buffer(data);
        long iaid = Wire6.uint32(in);
        long t1 = Wire6.uint32(in);
        long t2 = Wire6.uint32(in);
        Options6 options = OptionReader6.read(in, 1);
        Optional<StatusCode> status = options.statusCode();
        Options6 other = Options6.of(options.all().stream()
            .filter(o -> o.code() != leaseCode && o.code() != OptionCode6.STATUS_CODE).toList());
        return new Parts(iaid, t1, t2, options.all(leaseCode), status, other);
    }

    static RawOption6 write(int code, long iaid, long t1, long t2, List<? extends TypedOption6> leases,
            Optional<StatusCode> status, Options6 other) {
        Options6Builder options = Options6.builder();
        leases.forEach(options::add);
        status.ifPresent(options::add);
        options.addAll(other);
        Options6 all = options.build();
        ByteBuffer out = ByteBuffer.allocate(FIXED_LENGTH + all.wireLength());
        out.putInt((int) iaid).putInt((int) t1).putInt((int) t2);
        all.writeTo(out);
        return new RawOption6(code, Octets.of(out.array()));
    }

    /** @throws IllegalArgumentException if a field does not fit or {@code other} holds what has its own field */
    static void check(String name, long iaid, long t1, long t2, Options6 other, int leaseCode) {
        Wire6.checkUint32(name + " IAID", iaid);
        Wire6.checkUint32(name + " T1", t1);
        Wire6.checkUint32(name + " T2", t2);
        if (other.contains(leaseCode) || other.contains(OptionCode6.STATUS_CODE)) {
            throw new IllegalArgumentException(name + ": give leases and the status code in their own fields, not "
                + "among the other options");
        }
    }
}
