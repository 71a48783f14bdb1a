package org.takahe.dhcp.testing;

import java.net.Inet4Address;
import java.util.List;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionValue;
import org.takahe.dhcp.wire.StandardOptions;

/** Client messages as a client would build them. */
public final class TestPackets {
    public static final String MAC_A = "52:54:00:00:00:0a";
    public static final String MAC_B = "52:54:00:00:00:0b";

    private TestPackets() {
    }

    public static Dhcp4Options.Builder options(MessageType type) {
        return Dhcp4Options.builder().messageType(type)
            .set(StandardOptions.PARAMETER_REQUEST_LIST, OptionValue.numbers(List.of(1, 3, 6, 15, 51, 58, 59)));
    }

    public static Dhcp4Message request(String mac, int xid, Inet4Address ciaddr, Inet4Address giaddr,
            Dhcp4Options options) {
        return new Dhcp4Message(Dhcp4Message.BOOTREQUEST, 1, 6, 0, xid, 0, 0, ciaddr, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            giaddr, Octets.fromHex(mac), Octets.empty(), Octets.empty(), options);
    }

    public static Dhcp4Message discover(String mac, int xid) {
        return request(mac, xid, Ipv4Bytes.ANY, Ipv4Bytes.ANY, options(MessageType.DISCOVER).build());
    }

    /** REQUEST in SELECTING state: option 50 and the chosen server's identifier. */
    public static Dhcp4Message select(String mac, int xid, Inet4Address address, Inet4Address server) {
        return request(mac, xid, Ipv4Bytes.ANY, Ipv4Bytes.ANY, options(MessageType.REQUEST)
            .address(StandardOptions.REQUESTED_ADDRESS, address)
            .address(StandardOptions.SERVER_IDENTIFIER, server).build());
    }

    /** REQUEST in INIT-REBOOT state: option 50, no server identifier. */
    public static Dhcp4Message initReboot(String mac, int xid, Inet4Address address) {
        return request(mac, xid, Ipv4Bytes.ANY, Ipv4Bytes.ANY, options(MessageType.REQUEST)
            .address(StandardOptions.REQUESTED_ADDRESS, address).build());
    }

    /** REQUEST in RENEWING state: ciaddr only. */
    public static Dhcp4Message renew(String mac, int xid, Inet4Address address) {
        return request(mac, xid, address, Ipv4Bytes.ANY, options(MessageType.REQUEST).build());
    }

    public static Dhcp4Message release(String mac, int xid, Inet4Address address, Inet4Address server) {
        return request(mac, xid, address, Ipv4Bytes.ANY, Dhcp4Options.builder().messageType(MessageType.RELEASE)
            .address(StandardOptions.SERVER_IDENTIFIER, server).build());
    }
}
