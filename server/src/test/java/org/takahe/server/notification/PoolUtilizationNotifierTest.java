package org.takahe.server.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.stats.PoolUtilization;
import org.takahe.lease.LeaseType;
import org.takahe.netconf.rpc.NetconfXml;
import org.w3c.dom.Element;

/** The engine's event as takahe-dhcpv4-server's notification, and events from before the stream existed. */
class PoolUtilizationNotifierTest {
    private final List<String> published = new ArrayList<>();

    private void publish(Supplier<Element> event) {
        published.add(new String(NetconfXml.serialize(event.get()), StandardCharsets.UTF_8));
    }

    @Test
    void theNotificationCarriesRangePoolSizeThresholdAndAllocatedCountInModelOrder() {
        PoolUtilizationNotifier notifier = new PoolUtilizationNotifier();
        notifier.attach(this::publish);
        notifier.thresholdReached(new PoolUtilization("lan", "small", 4, 3, 3));

        assertEquals(1, published.size());
        String xml = published.getFirst();
        String body = xml.substring(xml.indexOf("<address-pool-utilization-threshold-exceeded"));
        assertEquals("<address-pool-utilization-threshold-exceeded "
            + "xmlns=\"urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server\">"
            + "<allocation-range-id>lan</allocation-range-id><pool-id>small</pool-id>"
            + "<total-pool-addresses>4</total-pool-addresses><max-allocated-addresses>3</max-allocated-addresses>"
            + "<allocated-address-count>3</allocated-address-count>"
            + "</address-pool-utilization-threshold-exceeded>", body.strip());
    }

    @Test
    void eventsRaisedBeforeTheStreamIsAttachedGoOutInOrderWhenItIs() {
        PoolUtilizationNotifier notifier = new PoolUtilizationNotifier();
        notifier.thresholdReached(new PoolUtilization("lan", "first", 4, 3, 3));
        notifier.thresholdReached(new PoolUtilization("lan", "second", 4, 3, 4));
        assertEquals(List.of(), published);

        notifier.attach(this::publish);
        notifier.thresholdReached(new PoolUtilization("lan", "third", 4, 3, 3));

        assertEquals(3, published.size());
        assertEquals(List.of("first", "second", "third"), published.stream()
            .map(xml -> xml.replaceAll(".*<pool-id>([^<]*)</pool-id>.*", "$1").strip()).toList());
    }

    @Test
    void aDhcpv6AddressPoolIsNamedByPoolIdAloneInTheIetfModule() {
        PoolUtilizationNotifier notifier = new PoolUtilizationNotifier();
        notifier.attach(this::publish);
        notifier.thresholdReached(new PoolUtilization("lan6", "addrs", 256, 231, 240, LeaseType.NA));

        String xml = published.getFirst();
        assertEquals("<address-pool-utilization-threshold-exceeded "
            + "xmlns=\"urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server\"><pool-id>addrs</pool-id>"
            + "<total-pool-addresses>256</total-pool-addresses><max-allocated-addresses>231</max-allocated-addresses>"
            + "<allocated-address-count>240</allocated-address-count>"
            + "</address-pool-utilization-threshold-exceeded>",
            xml.substring(xml.indexOf("<address-pool-utilization-threshold-exceeded")).strip());
    }

    @Test
    void aDhcpv6PrefixPoolRaisesThePrefixNotification() {
        PoolUtilizationNotifier notifier = new PoolUtilizationNotifier();
        notifier.attach(this::publish);
        notifier.thresholdReached(new PoolUtilization("lan6", "pd", 65536, 58983, 60000, LeaseType.PD));

        String xml = published.getFirst();
        assertEquals("<prefix-pool-utilization-threshold-exceeded "
            + "xmlns=\"urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server\"><pool-id>pd</pool-id>"
            + "<total-pool-prefixes>65536</total-pool-prefixes><max-allocated-prefixes>58983</max-allocated-prefixes>"
            + "<allocated-prefixes-count>60000</allocated-prefixes-count>"
            + "</prefix-pool-utilization-threshold-exceeded>",
            xml.substring(xml.indexOf("<prefix-pool-utilization-threshold-exceeded")).strip());
    }
}
