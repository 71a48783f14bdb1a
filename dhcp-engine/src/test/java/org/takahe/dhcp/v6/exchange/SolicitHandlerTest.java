package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.TestClient6.iaPd;
import static org.takahe.dhcp.v6.V6Configs.ip;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.AddressReservation6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixReservation6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.IaPd;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.Lease6;

class SolicitHandlerTest {
    private final TestClient6 client = TestClient6.number(1);

    @Test
    void solicitIsAdvertisedAPoolAddressWithTheRangesTimersAndPreference() {
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

        Dhcp6Message advertise = exchanges.reply(client.message(MessageType6.SOLICIT, iaNa(0x11)));

        assertEquals(MessageType6.ADVERTISE, advertise.type());
        assertEquals(Optional.of(client.duid()), advertise.options().clientId());
        assertEquals(Optional.of(V6Exchanges.SERVER), advertise.options().serverId());
        assertEquals(Optional.of(10), advertise.options().preference());
        assertEquals(List.of(V6Configs.DNS), advertise.options().dnsServers());
        IaNa ia = advertise.options().iaNa().getFirst();
        assertEquals(0x11, ia.iaid());
        assertEquals(List.of(200L, 320L), List.of(ia.t1(), ia.t2()));
        assertEquals(1, ia.addresses().size());
        assertTrue(ip(V6Configs.POOL_FIRST).equals(ia.addresses().getFirst().address()));
        assertEquals(List.of(400L, 600L), List.of(ia.addresses().getFirst().preferred(),
            ia.addresses().getFirst().valid()));
        assertFalse(advertise.options().rapidCommit());
        assertTrue(exchanges.store.all().isEmpty(), "an ADVERTISE commits nothing");
    }

    @Test
    void severalIaNaGetDistinctAddressesAndIaPdADelegatedPrefixOfThePoolLength() {
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

        Dhcp6Message advertise = exchanges.reply(client.message(MessageType6.SOLICIT, iaNa(1), iaNa(2), iaPd(3)));

        List<IaNa> nas = advertise.options().iaNa();
        assertEquals(2, nas.size());
        assertNotEquals(TestClient6.address(nas.get(0)), TestClient6.address(nas.get(1)));
        IaPd pd = advertise.options().iaPd().getFirst();
        assertEquals(3, pd.iaid());
        assertEquals(V6Configs.PD_LENGTH, pd.prefixes().getFirst().prefixLength());
        assertTrue(Ipv6Prefix.parse(V6Configs.PD_POOL).contains(pd.prefixes().getFirst().prefix()));
    }

    @Test
    void exhaustedPoolIsAdvertisedNoAddrsAvailInThatIaWhileThePrefixIsStillDelegated() {
        Range6 oneAddress = V6Configs.range("lan", V6Configs.LAN_PREFIX,
            V6Configs.addressPool("one", V6Configs.POOL_FIRST, V6Configs.POOL_FIRST),
            V6Configs.prefixPool("lan-pd", V6Configs.PD_POOL, V6Configs.PD_LENGTH));
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(oneAddress));
        TestClient6 first = TestClient6.number(2);
        Dhcp6Message bound = exchanges.reply(first.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(1)));
        assertEquals(ip(V6Configs.POOL_FIRST), TestClient6.address(bound.options().iaNa().getFirst()));

        Dhcp6Message advertise = exchanges.reply(client.message(MessageType6.SOLICIT, iaNa(7), iaPd(8)));

        assertEquals(MessageType6.ADVERTISE, advertise.type(), "RFC 8415 §18.3.9: sent all the same");
        IaNa ia = advertise.options().iaNa().getFirst();
        assertEquals(List.of(), ia.addresses());
        assertEquals(StatusCode.NO_ADDRS_AVAIL, ia.status().orElseThrow().code());
        assertEquals(1, advertise.options().iaPd().getFirst().prefixes().size(), "RFC 7550: the other IA is served");
        assertTrue(exchanges.events.heard.stream().anyMatch(e -> e.toString().contains("statusCode=2")));
    }

    @Test
    void rapidCommitSolicitIsRepliedWithCommittedLeasesWhereTheRangeAllowsIt() {
        Range6 lan = V6Configs.lan();
        Range6 rapid = new Range6(lan.id(), lan.prefix(), lan.interfaceName(), List.of(
            withRapidCommit(lan.addressPools().getFirst())), lan.prefixPools(), lan.optionSetIds(), lan.timers(),
            true);
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(rapid));

        Dhcp6Message reply = exchanges.reply(client.message(MessageType6.SOLICIT, TestClient6.rapidCommit(),
            iaNa(0x91)));

        assertEquals(MessageType6.REPLY, reply.type());
        assertTrue(reply.options().rapidCommit());
        assertEquals(Optional.empty(), reply.options().preference(), "the preference is for ADVERTISE only");
        assertEquals(1, exchanges.store.all(Lease6.class).size(), "committed");
    }

    @Test
    void rapidCommitSolicitIsAdvertisedWhenTheRangeDoesNotAllowIt() {
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

        Dhcp6Message advertise = exchanges.reply(client.message(MessageType6.SOLICIT, TestClient6.rapidCommit(),
            iaNa(0x92)));

        assertEquals(MessageType6.ADVERTISE, advertise.type());
        assertFalse(advertise.options().rapidCommit());
        assertTrue(exchanges.store.all().isEmpty());
    }

    @Test
    void reservationByDuidGivesTheReservedAddressAndPrefixAndOnlyToThatClient() {
        Range6 reserved = V6Configs.range("lan", V6Configs.LAN_PREFIX,
            V6Configs.addressPool("lan-pool", V6Configs.POOL_FIRST, V6Configs.POOL_LAST,
                new AddressReservation6(ip("2001:db8:1::1f0"), Optional.of(client.duidHex()), List.of(),
                    V6Configs.TIMERS)),
            V6Configs.prefixPool("lan-pd", V6Configs.PD_POOL, V6Configs.PD_LENGTH,
                new PrefixReservation6(Ipv6Prefix.parse("2001:db8:100:ff00::/56"), Optional.of(client.duidHex()))));
        V6Exchanges exchanges = new V6Exchanges(V6Configs.config(reserved));

        Dhcp6Message mine = exchanges.reply(client.message(MessageType6.SOLICIT, iaNa(1), iaPd(2)));
        Dhcp6Message theirs = exchanges.reply(TestClient6.number(9).message(MessageType6.SOLICIT,
            iaNa(1, "2001:db8:1::1f0"), iaPd(2, "2001:db8:100:ff00::/56")));

        assertEquals(ip("2001:db8:1::1f0"), TestClient6.address(mine.options().iaNa().getFirst()));
        assertEquals(ip("2001:db8:100:ff00::"), mine.options().iaPd().getFirst().prefixes().getFirst().prefix());
        assertNotEquals(ip("2001:db8:1::1f0"), TestClient6.address(theirs.options().iaNa().getFirst()));
        assertNotEquals(ip("2001:db8:100:ff00::"), theirs.options().iaPd().getFirst().prefixes().getFirst().prefix());
    }

    private static AddressPool6 withRapidCommit(AddressPool6 p) {
        return new AddressPool6(p.id(), p.poolPrefix(), p.start(), p.end(),
            p.utilizationThreshold(), p.optionSetIds(), p.timers(), true, p.reservations());
    }
}
