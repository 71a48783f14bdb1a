package org.takahe.dhcp.v6;

import org.takahe.dhcp.stats.EnumCounters;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception;
import org.takahe.dhcp.wire.v6.MessageType6;

/** Live DHCPv6 counters, updated from the event loop and the workers; {@link #snapshot()} copies them. */
public final class Dhcp6Counters {
    private final EnumCounters<MessageType6> received = new EnumCounters<>(MessageType6.class);
    private final EnumCounters<MessageType6> sent = new EnumCounters<>(MessageType6.class);
    private final EnumCounters<Dhcp6DropReason> dropped = new EnumCounters<>(Dhcp6DropReason.class);
    private final EnumCounters<MalformedDhcp6Exception.Reason> malformed =
        new EnumCounters<>(MalformedDhcp6Exception.Reason.class);

    public void received(MessageType6 type) {
        received.increment(type);
    }

    public void sent(MessageType6 type) {
        sent.increment(type);
    }

    public void dropped(Dhcp6DropReason reason) {
        dropped.increment(reason);
    }

    /** A datagram the codec refused: a drop for {@link Dhcp6DropReason#MALFORMED}, counted by its reason too. */
    public void malformed(MalformedDhcp6Exception.Reason reason) {
        malformed.increment(reason);
        dropped.increment(Dhcp6DropReason.MALFORMED);
    }

    public Dhcp6Statistics snapshot() {
        return new Dhcp6Statistics(received.snapshot(), sent.snapshot(), dropped.snapshot(), malformed.snapshot());
    }
}
