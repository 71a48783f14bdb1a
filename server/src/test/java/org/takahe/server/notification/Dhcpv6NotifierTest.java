package org.takahe.server.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.v6.Dhcp6EventListener.DeclineReceived;
import org.takahe.dhcp.v6.Dhcp6EventListener.InvalidClientDetected;
import org.takahe.dhcp.v6.Dhcp6EventListener.NonSuccessCodeSent;
import org.takahe.netconf.rpc.NetconfXml;
import org.w3c.dom.Element;

/** The DHCPv6 engine's events as RFC 9243's notifications. */
class Dhcpv6NotifierTest {
    private static final String NS = "xmlns=\"urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server\"";
    private static final String DUID = "000100012f3a4b5c525400123456";

    private final List<String> published = new ArrayList<>();
    private final Dhcpv6Notifier notifier = new Dhcpv6Notifier(new PoolUtilizationNotifier());

    private void publish(Supplier<Element> event) {
        String xml = new String(NetconfXml.serialize(event.get()), StandardCharsets.UTF_8);
        published.add(xml.substring(xml.indexOf('<', xml.indexOf("?>") + 1)).strip());
    }

    @Test
    void declineListsEachDeclinedAddressAndPrefix() throws Exception {
        notifier.attach(this::publish);
        notifier.declineReceived(new DeclineReceived(DUID,
            List.of((Inet6Address) InetAddress.ofLiteral("2001:db8:1::100")),
            List.of(Ipv6Prefix.parse("2001:db8:100:200::/56"))));
        assertEquals(List.of("<decline-received " + NS + "><duid>" + DUID + "</duid>"
            + "<declined-resources><address>2001:db8:1::100</address></declined-resources>"
            + "<declined-resources><prefix>2001:db8:100:200::/56</prefix></declined-resources>"
            + "</decline-received>"), published);
    }

    @Test
    void nonSuccessCodeCarriesTheStatusContainer() {
        notifier.attach(this::publish);
        notifier.nonSuccessCodeSent(new NonSuccessCodeSent(DUID, 2, "no addresses available"));
        assertEquals(List.of("<non-success-code-sent " + NS + "><duid>" + DUID + "</duid>"
            + "<status><code>2</code><message>no addresses available</message></status>"
            + "</non-success-code-sent>"), published);
    }

    @Test
    void invalidClientNamesTheMessageTypeAsTheModelSpellsIt() {
        notifier.invalidClientDetected(new InvalidClientDetected("INFORMATION-REQUEST", DUID, "server id not ours"));
        notifier.invalidClientDetected(new InvalidClientDetected("RELAY-FORW", "", "hop count over 32"));
        notifier.attach(this::publish);
        assertEquals(List.of(
            "<invalid-client-detected " + NS + "><message-type>info-request</message-type><duid>" + DUID
                + "</duid><description>server id not ours</description></invalid-client-detected>",
            "<invalid-client-detected " + NS + "><description>hop count over 32</description>"
                + "</invalid-client-detected>"), published);
    }
}
