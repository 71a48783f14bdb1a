package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.TestClient6.iaPd;
import static org.takahe.dhcp.v6.V6Configs.ip;

import java.net.Inet6Address;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.IaPd;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;

class RequestHandlerTest {
    private final TestClient6 client = TestClient6.number(1);
    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

    @Test
    void requestIsRepliedWithTheAdvertisedAddressAndPrefixCommittedWithTheirLifetimes() {
        Dhcp6Message advertise = exchanges.reply(client.message(MessageType6.SOLICIT, iaNa(0x21), iaPd(0x22)));
        Inet6Address offered = TestClient6.address(advertise.options().iaNa().getFirst());
        IaPd offeredPrefix = advertise.options().iaPd().getFirst();

        Dhcp6Message reply = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.REQUEST,
            advertise.options().iaNa().getFirst(), offeredPrefix));

        assertEquals(MessageType6.REPLY, reply.type());
        IaNa ia = reply.options().iaNa().getFirst();
        assertEquals(offered, TestClient6.address(ia));
        assertEquals(List.of(200L, 320L, 400L, 600L), List.of(ia.t1(), ia.t2(),
            ia.addresses().getFirst().preferred(), ia.addresses().getFirst().valid()));
        assertEquals(offeredPrefix.prefixes().getFirst().prefix(),
            reply.options().iaPd().getFirst().prefixes().getFirst().prefix());
        Lease6 lease = (Lease6) exchanges.store.find(LeaseKey.na(offered)).orElseThrow();
        assertEquals(client.duidHex(), lease.duid());
        assertEquals(0x21, lease.iaid());
        assertEquals(Optional.of("02:00:00:00:00:01"), lease.hardwareAddress(), "from the DUID-LL");
        assertEquals(exchanges.clock.instant().plusSeconds(600), lease.expires());
    }

    @Test
    void requestForAnAddressOffTheLinkIsAnsweredNotOnLinkInThatIa() {
        Dhcp6Message reply = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.REQUEST,
            iaNa(1, "2001:db8:99::5"), iaNa(2)));

        IaNa offLink = reply.options().iaNa().get(0);
        assertEquals(StatusCode.NOT_ON_LINK, offLink.status().orElseThrow().code());
        assertEquals(List.of(), offLink.addresses());
        assertEquals(1, reply.options().iaNa().get(1).addresses().size(), "the other IA is served");
    }

    @Test
    void exhaustedAddressPoolSaysNoAddrsAvailWhileThePrefixIsDelegatedInTheSameReply() {
        Range6 oneAddress = V6Configs.range("lan", V6Configs.LAN_PREFIX,
            V6Configs.addressPool("one", V6Configs.POOL_FIRST, V6Configs.POOL_FIRST),
            V6Configs.prefixPool("lan-pd", V6Configs.PD_POOL, V6Configs.PD_LENGTH));
        V6Exchanges full = new V6Exchanges(V6Configs.config(oneAddress));
        full.reply(TestClient6.number(5).to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(1)));

        Dhcp6Message reply = full.reply(client.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(1), iaPd(2)));

        assertEquals(StatusCode.NO_ADDRS_AVAIL, reply.options().iaNa().getFirst().status().orElseThrow().code());
        assertEquals(1, reply.options().iaPd().getFirst().prefixes().size());
        assertTrue(reply.options().statusCode().isEmpty(), "RFC 7550: the status is per IA");
    }

    @Test
    void exhaustedPrefixPoolSaysNoPrefixAvail() {
        Range6 onePrefix = V6Configs.range("lan", V6Configs.LAN_PREFIX,
            V6Configs.addressPool("lan-pool", V6Configs.POOL_FIRST, V6Configs.POOL_LAST),
            V6Configs.prefixPool("one", "2001:db8:101::/56", 56));
        V6Exchanges full = new V6Exchanges(V6Configs.config(onePrefix));
        full.reply(TestClient6.number(5).to(V6Exchanges.SERVER, MessageType6.REQUEST, iaPd(1)));

        IaPd ia = full.reply(client.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaPd(0xE1))).options().iaPd()
            .getFirst();

        assertEquals(StatusCode.NO_PREFIX_AVAIL, ia.status().orElseThrow().code());
        assertEquals(List.of(), ia.prefixes());
    }

    @Test
    void aLeaseStoreThatCannotWriteMeansNoReply() {
        exchanges.store.failWrites();

        exchanges.assertDropped(client.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(1)),
            Dhcp6DropReason.LEASE_STORE_FAILURE);
        assertEquals(1, exchanges.counters.snapshot().dropped(Dhcp6DropReason.LEASE_STORE_FAILURE));
    }

    @Test
    void requestHintInThePoolIsHonoured() {
        Dhcp6Message reply = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.REQUEST,
            iaNa(1, "2001:db8:1::1a0")));

        assertEquals(ip("2001:db8:1::1a0"), TestClient6.address(reply.options().iaNa().getFirst()));
    }
}
