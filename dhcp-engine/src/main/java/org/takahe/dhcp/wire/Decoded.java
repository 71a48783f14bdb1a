package org.takahe.dhcp.wire;

/** What {@link Dhcp4Codec#decode} made of a datagram: a message, or why there is none. */
public sealed interface Decoded {

    record Ok(Dhcp4Message message) implements Decoded {
    }

    record Malformed(DropReason reason, String detail) implements Decoded {
    }
}
