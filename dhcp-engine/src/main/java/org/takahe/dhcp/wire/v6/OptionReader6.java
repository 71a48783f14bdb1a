package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception.Reason;

/**
 * Reads a run of DHCPv6 options (code, length, data; RFC 8415 §21.1) and checks the framing of those with
 * inner structure, down to {@link Options6#MAX_NESTING} levels, so that a decoded message can be taken apart
 * by the typed accessors without surprises.
 */
final class OptionReader6 {
    /** IA_TA's IAID; IA_TA is kept raw, but its framing is checked like IA_NA's. */
    private static final int IA_TA_FIXED_LENGTH = 4;

    private OptionReader6() {
    }

    /** The options filling the rest of the buffer, at nesting level {@code depth} (0: the message's own). */
    static Options6 read(ByteBuffer in, int depth) throws MalformedDhcp6Exception {
        if (depth > Options6.MAX_NESTING) {
            throw new MalformedDhcp6Exception(Reason.OPTIONS_TOO_DEEP,
                "options nested more than " + Options6.MAX_NESTING + " levels deep");
        }
        List<RawOption6> options = readFlat(in);
        for (RawOption6 option : options) {
            check(option, depth);
        }
        return Options6.of(options);
    }

    /** The options filling the rest of the buffer, framing checked but not their contents (sub-options). */
    static List<RawOption6> readFlat(ByteBuffer in) throws MalformedDhcp6Exception {
        List<RawOption6> options = new ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < 4) {
                throw new MalformedDhcp6Exception(Reason.TRUNCATED_OPTION,
                    "an option header needs 4 bytes, " + in.remaining() + " remain");
            }
            int code = in.getShort() & 0xffff;
            int length = in.getShort() & 0xffff;
            if (length > in.remaining()) {
                throw new MalformedDhcp6Exception(Reason.TRUNCATED_OPTION,
                    "option " + code + " claims " + length + " bytes, " + in.remaining() + " remain");
            }
            byte[] data = new byte[length];
            in.get(data);
            options.add(new RawOption6(code, Octets.of(data)));
        }
        return options;
    }

    /** Checks the fixed fields and the nested options of the options that have them. */
    private static void check(RawOption6 option, int depth) throws MalformedDhcp6Exception {
        Octets data = option.data();
        try {
            switch (option.code()) {
                case OptionCode6.IA_NA -> nested("IA_NA", data, IaNa.FIXED_LENGTH, depth);
                case OptionCode6.IA_PD -> nested("IA_PD", data, IaPd.FIXED_LENGTH, depth);
                case OptionCode6.IA_TA -> nested("IA_TA", data, IA_TA_FIXED_LENGTH, depth);
                case OptionCode6.IAADDR -> nested("IAADDR", data, IaAddress.FIXED_LENGTH, depth);
                case OptionCode6.IAPREFIX -> {
                    nested("IAPREFIX", data, IaPrefix.FIXED_LENGTH, depth);
                    IaPrefix.checkPrefixLength(data.get(IaPrefix.PREFIX_LENGTH_OFFSET) & 0xff);
                }
                case OptionCode6.VENDOR_OPTS -> {
                    Wire6.requireLength("VENDOR_OPTS", data, VendorOptions.FIXED_LENGTH);
                    readFlat(Wire6.buffer(data).position(VendorOptions.FIXED_LENGTH));
                }
                case OptionCode6.NTP_SERVER -> readFlat(Wire6.buffer(data));
                default -> {
                    // Options without inner structure are read leniently by their accessors.
                }
            }
        } catch (MalformedDhcp6Exception e) {
            throw e.within("in option " + option.code());
        }
    }

    private static void nested(String name, Octets data, int fixed, int depth) throws MalformedDhcp6Exception {
        Wire6.requireLength(name, data, fixed);
        read(Wire6.buffer(data).position(fixed), depth + 1);
    }
}
