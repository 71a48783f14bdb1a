package org.takahe.server.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.stats.PoolUtilization;
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
}
