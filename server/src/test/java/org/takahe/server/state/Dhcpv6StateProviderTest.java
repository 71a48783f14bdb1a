package org.takahe.server.state;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.ExpiredLeasesProcessing;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.dhcp.v6.Dhcp6Statistics;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseType;
import org.takahe.server.config.EngineDatastore;

/** RFC 9243's active leases and counters, encoded through the real schema (so any misplaced node fails). */
class Dhcpv6StateProviderTest {
    private static final String DUID = "000100012f3a4b5c525400123456";
    private static final Range6 LAN = new Range6("lan", Ipv6Prefix.parse("2001:db8:1::/64"), Optional.empty(),
        List.of(new AddressPool6("addrs", Ipv6Prefix.parse("2001:db8:1::/64"), address("2001:db8:1::100"),
            address("2001:db8:1::1ff"), 90, List.of(), Timers6.DEFAULTS, false, List.of())),
        List.of(new PrefixPool6("pd", Ipv6Prefix.parse("2001:db8:100::/40"), 56, 90, List.of(), Timers6.DEFAULTS,
            false, List.of())),
        List.of(), Timers6.DEFAULTS, false);
    private static final Dhcp6Config CONFIG = new Dhcp6Config(true, List.of(), Optional.empty(), List.of(),
        List.of(LAN), Map.of(), List.of(), ExpiredLeasesProcessing.DEFAULTS, Duration.ofHours(24));

    private static Inet6Address address(String text) {
        return Ipv6Prefix.parseAddress(text);
    }

    private static Lease6 lease(String address, int length, LeaseType type, Instant expires) {
        Instant now = Instant.now();
        return new Lease6(address(address), length, type, DUID, 7, Optional.empty(), "lan", now, now,
            now.plusSeconds(300), expires, Duration.ofSeconds(150), Duration.ofSeconds(240), Optional.empty());
    }

    private String encoded(List<Lease6> leases, Dhcp6Statistics statistics) throws Exception {
        Dhcpv6StateProvider provider = new Dhcpv6StateProvider(() -> CONFIG, () -> leases, () -> statistics);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        writer.writeStartElement("data");
        EngineDatastore.CODEC.writeData(provider.state(), writer);
        writer.writeEndElement();
        writer.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void activeAddressAndPrefixLeasesAppearUnderTheirPools() throws Exception {
        Instant later = Instant.now().plusSeconds(600);
        String xml = encoded(List.of(lease("2001:db8:1::100", 128, LeaseType.NA, later),
            lease("2001:db8:100:200::", 56, LeaseType.PD, later),
            lease("2001:db8:1::101", 128, LeaseType.NA, Instant.now().minusSeconds(1))),
            new Dhcp6Statistics(Map.of(MessageType6.SOLICIT, 3L), Map.of(MessageType6.ADVERTISE, 2L), Map.of(),
                Map.of()));
        String compact = xml.replaceAll(">\\s+<", "><");
        assertTrue(compact.contains("<leased-address>2001:db8:1::100</leased-address>"), xml);
        assertTrue(compact.contains("<leased-prefix>2001:db8:100:200::/56</leased-prefix>"), xml);
        assertFalse(compact.contains("2001:db8:1::101"), "an expired lease is not active: " + xml);
        assertTrue(compact.contains("<total-count>256</total-count>"), xml);
        assertTrue(compact.contains("<total-count>65536</total-count>"), xml);
        assertTrue(compact.contains("<client-duid>" + DUID + "</client-duid>"), xml);
        assertTrue(compact.contains("<lease-t1>150</lease-t1>"), xml);
        assertTrue(compact.contains("<solicit-count>3</solicit-count>"), xml);
        assertTrue(compact.contains("<advertise-count>2</advertise-count>"), xml);
    }
}
