package org.takahe.dhcp.io;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.exchange.Reply4;
import org.takahe.dhcp.wire.Dhcp4Message;

/**
 * Turns {@link ReplyAddressing}'s decision into the UDP destination to write to. A reply to a client
 * without an address goes to its new address once the neighbour table knows the client's hardware
 * address; when that entry cannot be written the reply is broadcast instead (RFC 2131 §4.1 allows it),
 * counted, and the reason logged once. Runs on worker threads.
 */
public final class ReplyDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyDelivery.class);
    private static final int HTYPE_ETHERNET = 1;

    private final ReplyAddressing addressing;
    private final NeighbourTable neighbours;
    private final LongAdder fallbacks = new LongAdder();
    private final AtomicBoolean fallbackLogged = new AtomicBoolean();

    public ReplyDelivery(ReplyAddressing addressing, NeighbourTable neighbours) {
        this.addressing = addressing;
        this.neighbours = neighbours;
    }

    /** Where to send the reply to this request, received on {@code interfaceName}. */
    public InetSocketAddress recipient(Dhcp4Message request, Reply4 reply, String interfaceName) {
        ReplyDestination destination = addressing.destination(request, reply);
        if (!(destination instanceof ReplyDestination.NewAddress unicast)) {
            return destination.recipient();
        }
        try {
            if (unicast.htype() != HTYPE_ETHERNET) {
                throw new IOException("hardware type " + unicast.htype() + " is not Ethernet");
            }
            neighbours.add(interfaceName, unicast.address(), unicast.hardwareAddress());
            return unicast.recipient();
        } catch (IOException e) {
            fallbacks.increment();
            if (fallbackLogged.compareAndSet(false, true)) {
                DhcpMessages.DHCP4_UNICAST_FALLBACK.log(LOG, e.getMessage());
            }
            return addressing.broadcast().recipient();
        }
    }

    /** Replies broadcast because unicast to a new address was not possible. */
    public long fallbacks() {
        return fallbacks.sum();
    }
}
