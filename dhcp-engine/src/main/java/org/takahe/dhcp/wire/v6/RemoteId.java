package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * Relay agent Remote-ID option (RFC 4649): the relay vendor's enterprise number and its opaque name for the
 * remote end of the client's circuit (a modem, a subscriber line).
 */
public record RemoteId(long enterpriseNumber, Octets remoteId) implements TypedOption6 {

    /** @throws IllegalArgumentException if the enterprise number does not fit 32 bits */
    public RemoteId {
        Wire6.checkUint32("enterprise number", enterpriseNumber);
    }

    /** Reads a Remote-ID option's data; empty if it is shorter than the enterprise number. */
    public static Optional<RemoteId> from(Octets data) {
        if (data.length() < 4) {
            return Optional.empty();
        }
        ByteBuffer in = Wire6.buffer(data);
        return Optional.of(new RemoteId(Wire6.uint32(in), Wire6.rest(in)));
    }

    @Override
    public RawOption6 toOption() {
        return new RawOption6(OptionCode6.REMOTE_ID, Octets.of(ByteBuffer.allocate(4 + remoteId.length())
            .putInt((int) enterpriseNumber).put(remoteId.toByteArray()).array()));
    }
}
