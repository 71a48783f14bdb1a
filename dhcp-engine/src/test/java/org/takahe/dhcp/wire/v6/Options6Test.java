package org.takahe.dhcp.wire.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.wire.v6.Bytes6.decode;
import static org.takahe.dhcp.wire.v6.Bytes6.encode;
import static org.takahe.dhcp.wire.v6.Bytes6.ip6;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.wire.Octets;

/** Every typed option goes through a message on the wire and reads back the same. */
class Options6Test {

    private static Options6 viaWire(Options6 options) throws MalformedDhcp6Exception {
        byte[] bytes = encode(new Dhcp6Message(MessageType6.REPLY, 0x123456, options));
        Options6 read = assertInstanceOf(Dhcp6Message.class, decode(bytes)).options();
        assertEquals(options, read, "raw options survive unchanged");
        return read;
    }

    @Test
    void clientAndServerIdentifiersOfEveryDuidType() throws Exception {
        List<Duid> duids = List.of(
            Duid.llt(1, 0x2b8f1c20L, Octets.fromHex("525400123456")),
            Duid.en(9, Octets.fromHex("0c0d0e0f")),
            Duid.ll(1, Octets.fromHex("52540000000a")),
            Duid.uuid(UUID.fromString("2f0a1f9e-1d2c-4b5a-8e7f-0123456789ab")));
        for (Duid duid : duids) {
            Options6 read = viaWire(Options6.builder().clientId(duid).serverId(duid).build());
            assertEquals(Optional.of(duid), read.clientId());
            assertEquals(Optional.of(duid), read.serverId());
        }
        assertEquals(List.of(Duid.LLT, Duid.EN, Duid.LL, Duid.UUID), duids.stream().map(Duid::type).toList());
        assertEquals("0004" + "2f0a1f9e1d2c4b5a8e7f0123456789ab", duids.get(3).toHex());
    }

    @Test
    void iaNaWithAddressesStatusAndOtherOptions() throws Exception {
        IaAddress first = new IaAddress(ip6("2001:db8:1::10"), 3000, 4000);
        IaAddress second = new IaAddress(ip6("2001:db8:1::11"), 0, 0, Options6.builder()
            .add(new StatusCode(StatusCode.NOT_ON_LINK, "not on this link")).build());
        IaNa ia = new IaNa(0xfffffffeL, 0xffffffffL, 0, List.of(first, second),
            Optional.of(new StatusCode(StatusCode.SUCCESS, "")), Options6.builder().add(65001, Octets.of((byte) 1))
                .build());
        IaNa other = new IaNa(7, 0, 0, List.of(), Optional.of(new StatusCode(StatusCode.NO_ADDRS_AVAIL, "none left")),
            Options6.none());

        Options6 read = viaWire(Options6.builder().add(ia).add(other).build());

        assertEquals(List.of(ia, other), read.iaNa());
        assertEquals(Optional.of(new StatusCode(StatusCode.NOT_ON_LINK, "not on this link")),
            read.iaNa().getFirst().addresses().get(1).status());
    }

    @Test
    void iaPdWithPrefixes() throws Exception {
        IaPrefix prefix = new IaPrefix(3000, 4000, 56, ip6("2001:db8:100::"));
        IaPrefix excluded = new IaPrefix(0, 0, 64, ip6("2001:db8:200::"), Options6.builder()
            .add(new StatusCode(StatusCode.NO_PREFIX_AVAIL, "")).build());
        IaPd pd = new IaPd(1, 1500, 2400, List.of(prefix, excluded));

        Options6 read = viaWire(Options6.builder().add(pd).build());

        assertEquals(List.of(pd), read.iaPd());
        assertEquals("2001:db8:100::/56", read.iaPd().getFirst().prefixes().getFirst().toText());
    }

    @Test
    void iaTaIsKeptRaw() throws Exception {
        Octets iaTa = Octets.fromHex("00000005" + "0005001820010db8000000000000000000000001" + "0000000000000000");
        assertEquals(Optional.of(new RawOption6(OptionCode6.IA_TA, iaTa)),
            viaWire(Options6.builder().add(OptionCode6.IA_TA, iaTa).build()).first(OptionCode6.IA_TA));
    }

    @Test
    void iaAddressesAndPrefixesReadAtTheirOwnLevelToo() throws Exception {
        IaAddress address = new IaAddress(ip6("2001:db8::5"), 1, 2);
        IaPrefix prefix = new IaPrefix(1, 2, 48, ip6("2001:db8::"));
        Options6 read = viaWire(Options6.builder().add(address).add(prefix).build());
        assertEquals(List.of(address), read.iaAddresses());
        assertEquals(List.of(prefix), read.iaPrefixes());
    }

    @Test
    void simpleNumbersAndFlags() throws Exception {
        Options6 read = viaWire(Options6.builder()
            .oro(List.of(23, 24, 56, 82))
            .preference(255)
            .elapsedTime(Duration.ofMillis(1234))
            .rapidCommit()
            .reconfigureAccept()
            .informationRefreshTime(86400)
            .solMaxRt(3600)
            .infMaxRt(0xffffffffL)
            .build());

        assertEquals(List.of(23, 24, 56, 82), read.oro());
        assertEquals(Optional.of(255), read.preference());
        assertEquals(Optional.of(Duration.ofMillis(1230)), read.elapsedTime());
        assertTrue(read.rapidCommit());
        assertTrue(read.reconfigureAccept());
        assertEquals(Optional.of(86400L), read.informationRefreshTime());
        assertEquals(Optional.of(3600L), read.solMaxRt());
        assertEquals(Optional.of(0xffffffffL), read.infMaxRt());
    }

    @Test
    void elapsedTimeSaturatesAtItsMaximum() throws Exception {
        Options6 read = viaWire(Options6.builder().elapsedTime(Duration.ofHours(1)).build());
        assertEquals(Optional.of(Duration.ofMillis(655_350)), read.elapsedTime());
    }

    @Test
    void addressesNamesAndStatus() throws Exception {
        Options6 read = viaWire(Options6.builder()
            .unicast(ip6("2001:db8::1"))
            .dnsServers(List.of(ip6("2001:db8::53"), ip6("2001:db8::54")))
            .domainList(List.of("example.test", "b.example.test"))
            .set(new StatusCode(StatusCode.USE_MULTICAST, "multicast, please"))
            .build());

        assertEquals(Optional.of(ip6("2001:db8::1")), read.unicast());
        assertEquals(List.of(ip6("2001:db8::53"), ip6("2001:db8::54")), read.dnsServers());
        assertEquals(List.of("example.test", "b.example.test"), read.domainList());
        assertEquals(Optional.of(new StatusCode(5, "multicast, please")), read.statusCode());
        assertEquals(Octets.fromHex("07" + "6578616d706c65" + "04" + "74657374" + "00"
            + "01" + "62" + "07" + "6578616d706c65" + "04" + "74657374" + "00"),
            read.first(OptionCode6.DOMAIN_LIST).orElseThrow().data(), "RFC 1035 labels, no compression");
    }

    @Test
    void domainListsAreValidatedWhenBuilt() {
        assertThrows(IllegalArgumentException.class,
            () -> Options6.builder().domainList(List.of("a..b")));
        assertThrows(IllegalArgumentException.class,
            () -> Options6.builder().domainList(List.of("x".repeat(64) + ".test")));
    }

    @Test
    void vendorRelayAndNtpOptions() throws Exception {
        VendorOptions vendor = new VendorOptions(4491, List.of(new RawOption6(32, Octets.fromHex("0102")),
            new RawOption6(33, Octets.empty())));
        VendorOptions another = new VendorOptions(311, List.of());
        List<NtpServer> ntp = List.of(new NtpServer.Address(ip6("2001:db8::123")),
            new NtpServer.Multicast(ip6("ff05::101")), new NtpServer.Fqdn("ntp.example.test"));

        Options6 read = viaWire(Options6.builder()
            .add(vendor).add(another)
            .interfaceId(Octets.fromHex("65746830"))
            .set(new RemoteId(3561, Octets.fromHex("00112233")))
            .set(new ClientLinkLayerAddress(1, Octets.fromHex("525400123456")))
            .ntpServers(ntp)
            .build());

        assertEquals(List.of(vendor, another), read.vendorOptions());
        assertEquals(Optional.of(Octets.fromHex("0102")), read.vendorOptions().getFirst().subOption(32));
        assertEquals(Optional.of(Octets.fromHex("65746830")), read.interfaceId());
        assertEquals(Optional.of(new RemoteId(3561, Octets.fromHex("00112233"))), read.remoteId());
        assertEquals(Optional.of(new ClientLinkLayerAddress(1, Octets.fromHex("525400123456"))),
            read.clientLinkLayerAddress());
        assertEquals(ntp, read.ntpServers());
    }

    @Test
    void ntpServerSubOptionsFollowRfc5908Layout() {
        Options6 options = Options6.builder().ntpServers(List.of(new NtpServer.Fqdn("ntp.test"))).build();
        assertEquals(Octets.fromHex("0003" + "000a" + "03" + "6e7470" + "04" + "74657374" + "00"),
            options.first(OptionCode6.NTP_SERVER).orElseThrow().data());
    }

    @Test
    void setReplacesEveryInstanceInPlaceAndAddAppends() {
        Options6 options = Options6.builder()
            .preference(1)
            .add(new IaNa(1, 0, 0, List.of()))
            .add(OptionCode6.PREFERENCE, Octets.of((byte) 2))
            .add(new IaNa(2, 0, 0, List.of()))
            .preference(3)
            .build();
        assertEquals(List.of(OptionCode6.PREFERENCE, OptionCode6.IA_NA, OptionCode6.IA_NA),
            options.all().stream().map(RawOption6::code).toList());
        assertEquals(Optional.of(3), options.preference());
        assertEquals(2, options.iaNa().size());
        assertEquals(List.of(OptionCode6.IA_NA, OptionCode6.IA_NA),
            options.toBuilder().remove(OptionCode6.PREFERENCE).build().all().stream().map(RawOption6::code).toList());
    }

    @Test
    void recordsRefuseValuesThatDoNotFitTheirFields() {
        assertThrows(IllegalArgumentException.class, () -> new IaNa(1L << 32, 0, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IaAddress(ip6("::1"), -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new IaPrefix(0, 0, 129, ip6("::")));
        assertThrows(IllegalArgumentException.class, () -> new StatusCode(0x10000, ""));
        assertThrows(IllegalArgumentException.class, () -> new IaNa(1, 0, 0, List.of(), Optional.empty(),
            Options6.builder().add(new StatusCode(0, "")).build()), "the status has its own field");
        assertThrows(IllegalArgumentException.class, () -> new RawOption6(1, Octets.zeros(0x10000)));
    }
}
