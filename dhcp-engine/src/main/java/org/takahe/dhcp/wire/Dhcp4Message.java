package org.takahe.dhcp.wire;

import java.net.Inet4Address;
import java.util.Optional;

/**
 * A DHCPv4 message (RFC 2131 §2, figure 1) as an immutable value: the fixed BOOTP fields and the options.
 * sname and file are kept raw; options a sender overloaded into them (option 52) are also in {@link #options}
 * when decoded, and {@link OptionPacker} fills them when encoding a reply.
 *
 * @param op 1 = BOOTREQUEST, 2 = BOOTREPLY
 * @param chaddr the 16-byte client hardware address field; {@link #hardwareAddress()} gives its first hlen bytes
 * @param sname the 64-byte server host name field
 * @param file the 128-byte boot file name field
 */
public record Dhcp4Message(int op, int htype, int hlen, int hops, int xid, int secs, int flags,
        Inet4Address ciaddr, Inet4Address yiaddr, Inet4Address siaddr, Inet4Address giaddr,
        Octets chaddr, Octets sname, Octets file, Dhcp4Options options) {

    public static final int BOOTREQUEST = 1;
    public static final int BOOTREPLY = 2;
    /** The broadcast bit of the flags field (RFC 2131 §2, figure 2). */
    public static final int FLAG_BROADCAST = 0x8000;
    public static final int CHADDR_LENGTH = 16;
    public static final int SNAME_LENGTH = 64;
    public static final int FILE_LENGTH = 128;

    public Dhcp4Message {
        chaddr = chaddr.resized(CHADDR_LENGTH);
        sname = sname.resized(SNAME_LENGTH);
        file = file.resized(FILE_LENGTH);
    }

    /** The client's hardware address: the first hlen bytes of chaddr (at most 16). */
    public Octets hardwareAddress() {
        return chaddr.prefix(Math.min(hlen, CHADDR_LENGTH));
    }

    public Optional<MessageType> messageType() {
        return options.messageType();
    }

    public boolean isRelayed() {
        return !Ipv4Bytes.isAny(giaddr);
    }

    public boolean broadcastFlag() {
        return (flags & FLAG_BROADCAST) != 0;
    }
}
