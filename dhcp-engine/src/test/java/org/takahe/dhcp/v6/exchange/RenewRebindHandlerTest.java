package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.TestClient6.iaPd;
import static org.takahe.dhcp.v6.V6Configs.ip;

import java.net.Inet6Address;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.IaAddress;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;

class RenewRebindHandlerTest {
    private final TestClient6 client = TestClient6.number(1);
    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

    private Dhcp6Message bind() {
        return exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(0x31), iaPd(0x32)));
    }

    @Test
    void renewExtendsTheBindingWithTheSameAddressAndPrefix() {
        Dhcp6Message bound = bind();
        Inet6Address address = TestClient6.address(bound.options().iaNa().getFirst());
        exchanges.clock.advance(Duration.ofSeconds(200));

        Dhcp6Message renewed = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.RENEW,
            bound.options().iaNa().getFirst(), bound.options().iaPd().getFirst()));

        IaNa ia = renewed.options().iaNa().getFirst();
        assertEquals(address, TestClient6.address(ia));
        assertEquals(600, ia.addresses().getFirst().valid());
        assertEquals(bound.options().iaPd().getFirst().prefixes().getFirst().prefix(),
            renewed.options().iaPd().getFirst().prefixes().getFirst().prefix());
        Lease6 lease = (Lease6) exchanges.store.find(LeaseKey.na(address)).orElseThrow();
        assertEquals(exchanges.clock.instant().plusSeconds(600), lease.expires(), "extended from now");
    }

    @Test
    void rebindWithoutServerIdExtendsTheBinding() {
        Dhcp6Message bound = bind();

        Dhcp6Message rebound = exchanges.reply(client.message(MessageType6.REBIND,
            bound.options().iaNa().getFirst()));

        assertEquals(TestClient6.address(bound.options().iaNa().getFirst()),
            TestClient6.address(rebound.options().iaNa().getFirst()));
    }

    @Test
    void renewListingAnAddressThatIsNotTheClientsReturnsItWithLifetimesZero() {
        Dhcp6Message bound = bind();
        Inet6Address mine = TestClient6.address(bound.options().iaNa().getFirst());

        Dhcp6Message renewed = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.RENEW,
            iaNa(0x31, mine.getHostAddress(), "2001:db8:1::1fe")));

        List<IaAddress> addresses = renewed.options().iaNa().getFirst().addresses();
        assertEquals(2, addresses.size());
        assertEquals(mine, addresses.get(0).address());
        assertEquals(ip("2001:db8:1::1fe"), addresses.get(1).address());
        assertEquals(List.of(0L, 0L), List.of(addresses.get(1).preferred(), addresses.get(1).valid()),
            "RFC 8415 §18.3.4");
    }

    @Test
    void renewOfAnIaWithoutBindingIsAnsweredNoBinding() {
        Dhcp6Message renewed = exchanges.reply(client.to(V6Exchanges.SERVER, MessageType6.RENEW,
            iaNa(0x77, "2001:db8:1::150")));

        IaNa ia = renewed.options().iaNa().getFirst();
        assertEquals(StatusCode.NO_BINDING, ia.status().orElseThrow().code());
        assertEquals(List.of(), ia.addresses());
    }

    @Test
    void rebindOfAnUnknownIaWithAnAddressOffTheLinkGetsLifetimesZero() {
        Dhcp6Message rebound = exchanges.reply(client.message(MessageType6.REBIND, iaNa(5, "2001:db8:99::5")));

        IaAddress address = rebound.options().iaNa().getFirst().addresses().getFirst();
        assertEquals(ip("2001:db8:99::5"), address.address());
        assertEquals(0, address.valid());
    }

    @Test
    void rebindOfAnUnknownIaOnTheLinkIsAnsweredNoBinding() {
        Dhcp6Message rebound = exchanges.reply(client.message(MessageType6.REBIND, iaNa(5, "2001:db8:1::150")));

        assertEquals(StatusCode.NO_BINDING, rebound.options().iaNa().getFirst().status().orElseThrow().code());
    }

    @Test
    void rebindFromALinkNoRangeServesIsDiscarded() {
        bind();
        V6Exchanges elsewhere = exchanges;

        elsewhere.assertDropped(V6Exchanges.relayed(client.message(MessageType6.REBIND, iaNa(0x31)),
            "2001:db8:77::1", "fe80::9", 0), Dhcp6DropReason.NO_RANGE);
    }

    @Test
    void renewFromALinkNoRangeServesWithdrawsTheBinding() {
        Dhcp6Message bound = bind();
        Inet6Address mine = TestClient6.address(bound.options().iaNa().getFirst());

        Dhcp6Message renewed = V6Exchanges.replied(exchanges.process(V6Exchanges.relayed(
            client.to(V6Exchanges.SERVER, MessageType6.RENEW, bound.options().iaNa().getFirst()),
            "2001:db8:77::1", "fe80::9", 0))).message();

        IaAddress address = renewed.options().iaNa().getFirst().addresses().getFirst();
        assertEquals(mine, address.address());
        assertEquals(0, address.valid(), "not appropriate for the link: lifetimes 0");
    }
}
