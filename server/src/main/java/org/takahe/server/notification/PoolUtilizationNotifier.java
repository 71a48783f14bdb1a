package org.takahe.server.notification;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.takahe.dhcp.stats.PoolUtilization;
import org.takahe.dhcp.stats.PoolUtilizationListener;
import org.takahe.server.config.ModelNames;
import org.w3c.dom.Element;

/**
 * Turns the engines' pool utilization events into notifications on the NETCONF event stream: takahe-dhcpv4-server's
 * address-pool-utilization-threshold-exceeded for a DHCPv4 pool, ietf-dhcpv6-server's address- or
 * prefix-pool-utilization-threshold-exceeded for a DHCPv6 one. Events raised before {@link #attach} wait for it.
 */
public final class PoolUtilizationNotifier implements PoolUtilizationListener {
    static final String EVENT = "address-pool-utilization-threshold-exceeded";
    static final String PREFIX_EVENT = "prefix-pool-utilization-threshold-exceeded";

    private final PendingEvents events = new PendingEvents();

    @Override
    public void thresholdReached(PoolUtilization utilization) {
        events.publish(() -> event(utilization));
    }

    /** From now on events go to {@code publish} (the NETCONF stream's), the waiting ones first. */
    public void attach(Consumer<Supplier<Element>> publish) {
        events.attach(publish);
    }

    /** The notification's content, leaves in the module's order. */
    static Element event(PoolUtilization utilization) {
        return switch (utilization.type()) {
            case V4 -> {
                Element event = EventElements.event(ModelNames.DHCPV4.namespace().toString(), EVENT);
                EventElements.leaf(event, "allocation-range-id", utilization.subnetId());
                yield addressCounts(event, utilization);
            }
            // RFC 9243 names the pool alone: its pool ids are what the leafref points at.
            case NA -> addressCounts(idOnly(EVENT, utilization), utilization);
            case PD -> {
                Element event = idOnly(PREFIX_EVENT, utilization);
                EventElements.leaf(event, "total-pool-prefixes", Long.toString(utilization.totalAddresses()));
                EventElements.leaf(event, "max-allocated-prefixes", Long.toString(utilization.thresholdAddresses()));
                EventElements.leaf(event, "allocated-prefixes-count", Long.toString(utilization.allocatedAddresses()));
                yield event;
            }
        };
    }

    private static Element idOnly(String name, PoolUtilization utilization) {
        Element event = EventElements.event(Dhcpv6Notifier.NAMESPACE, name);
        EventElements.leaf(event, "pool-id", utilization.poolId());
        return event;
    }

    private static Element addressCounts(Element event, PoolUtilization utilization) {
        if (utilization.type() == org.takahe.lease.LeaseType.V4) {
            EventElements.leaf(event, "pool-id", utilization.poolId());
        }
        EventElements.leaf(event, "total-pool-addresses", Long.toString(utilization.totalAddresses()));
        EventElements.leaf(event, "max-allocated-addresses", Long.toString(utilization.thresholdAddresses()));
        EventElements.leaf(event, "allocated-address-count", Long.toString(utilization.allocatedAddresses()));
        return event;
    }
}
