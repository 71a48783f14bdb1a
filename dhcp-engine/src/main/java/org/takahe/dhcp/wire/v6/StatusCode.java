package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * Status Code option (RFC 8415 §21.13): a 16-bit code and a UTF-8 message for people, which may be empty.
 *
 * @param code one of the constants here, or a code of a later RFC
 */
public record StatusCode(int code, String message) implements TypedOption6 {
    public static final int SUCCESS = 0;
    public static final int UNSPEC_FAIL = 1;
    public static final int NO_ADDRS_AVAIL = 2;
    public static final int NO_BINDING = 3;
    public static final int NOT_ON_LINK = 4;
    public static final int USE_MULTICAST = 5;
    public static final int NO_PREFIX_AVAIL = 6;

    /** @throws IllegalArgumentException if the code does not fit 16 bits */
    public StatusCode {
        Wire6.checkUint16("status code", code);
    }

    /** Reads a Status Code option's data; empty if shorter than the code. Bad UTF-8 is replaced, not refused. */
    public static Optional<StatusCode> from(Octets data) {
        if (data.length() < 2) {
            return Optional.empty();
        }
        ByteBuffer in = Wire6.buffer(data);
        int code = in.getShort() & 0xffff;
        return Optional.of(new StatusCode(code, new String(Wire6.rest(in).toByteArray(), StandardCharsets.UTF_8)));
    }

    public boolean isSuccess() {
        return code == SUCCESS;
    }

    @Override
    public RawOption6 toOption() {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        return new RawOption6(OptionCode6.STATUS_CODE,
            Octets.of(ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text).array()));
    }
}
