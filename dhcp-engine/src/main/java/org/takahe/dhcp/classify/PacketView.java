package org.takahe.dhcp.classify;

import java.net.InetAddress;
import org.takahe.dhcp.wire.Dhcp4Message;

/**
 * What an expression can see of one received packet.
 *
 * @param message the decoded request
 * @param interfaceName the interface it arrived on ({@code pkt.iface})
 * @param source the address it came from: the client, or the relay ({@code pkt.src})
 * @param destination the address it was sent to, as the transport reports it ({@code pkt.dst})
 * @param length the size of the UDP payload in bytes ({@code pkt.len})
 * @param classes the classes assigned so far, for {@code member('name')}
 */
public record PacketView(Dhcp4Message message, String interfaceName, InetAddress source, InetAddress destination,
        int length, ClientClasses classes) {

    /** The same packet seen with other classes (classification adds them one by one). */
    public PacketView withClasses(ClientClasses assigned) {
        return assigned == classes ? this
            : new PacketView(message, interfaceName, source, destination, length, assigned);
    }
}
