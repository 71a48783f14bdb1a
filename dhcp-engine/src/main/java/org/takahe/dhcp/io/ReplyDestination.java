package org.takahe.dhcp.io;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import org.takahe.dhcp.wire.Octets;

/** Where RFC 2131 §4.1 says a reply goes; {@link ReplyAddressing} decides, {@link ReplyDelivery} carries out. */
public sealed interface ReplyDestination {

    /** The UDP destination the datagram is written to. */
    InetSocketAddress recipient();

    /** To the relay that forwarded the request: giaddr, on the server port. */
    record Relay(InetSocketAddress recipient) implements ReplyDestination {
    }

    /** To an address the client already uses (ciaddr), which it answers ARP for. */
    record ClientAddress(InetSocketAddress recipient) implements ReplyDestination {
    }

    /** To everyone on the link: 255.255.255.255 at the broadcast hardware address. */
    record Broadcast(InetSocketAddress recipient) implements ReplyDestination {
    }

    /**
     * To the address being offered or acknowledged, at the client's hardware address: the client cannot
     * answer ARP for an address it does not have yet, so the server must know the hardware address itself.
     *
     * @param htype the hardware type of chaddr (1 = Ethernet)
     * @param hardwareAddress the first hlen bytes of chaddr
     */
    record NewAddress(InetSocketAddress recipient, int htype, Octets hardwareAddress) implements ReplyDestination {

        public Inet4Address address() {
            return (Inet4Address) recipient.getAddress();
        }
    }
}
