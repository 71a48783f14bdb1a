package org.takahe.dhcp.hooks.api;

import java.net.Inet4Address;
import java.util.Optional;

/**
 * A DHCPv4 message (RFC 2131 §2) as callouts see it: an immutable copy of its fields and options.
 *
 * @param op 1 = BOOTREQUEST, 2 = BOOTREPLY
 * @param hardwareAddress the first hlen bytes of chaddr as lower-case colon hex, e.g. "52:54:00:12:34:56"
 * @param serverName the sname field as text, up to its first NUL (empty when unused)
 * @param bootFileName the file field as text, up to its first NUL (empty when unused)
 */
public record Packet4(int op, int htype, int hops, int xid, int secs, int flags, Inet4Address ciaddr,
        Inet4Address yiaddr, Inet4Address siaddr, Inet4Address giaddr, String hardwareAddress, String serverName,
        String bootFileName, PacketOptions options) {

    /** The message type (option 53: 1 DISCOVER ... 8 INFORM), or 0 if the message carries none. */
    public int messageType() {
        return options.get(53).filter(b -> b.length == 1).map(b -> b[0] & 0xff).orElse(0);
    }

    /** Whether the client asked for broadcast replies (the B flag). */
    public boolean broadcast() {
        return (flags & 0x8000) != 0;
    }

    /** Whether a relay agent forwarded the message (giaddr set). */
    public boolean relayed() {
        return !giaddr.isAnyLocalAddress();
    }

    /** A copy of one option's data. */
    public Optional<byte[]> option(int code) {
        return options.get(code);
    }
}
