package org.takahe.dhcp.wire.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.wire.v6.Bytes6.ip6;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.takahe.dhcp.wire.Ipv6Bytes;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCatalogue;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionDataException;
import org.takahe.dhcp.wire.OptionDataType;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.StandardOptions6;

/** Configured DHCPv6 option data goes through the same definitions and field codec as DHCPv4's. */
class OptionData6Test {

    private static OptionDefinition standard(String name) {
        return OptionCatalogue.standard().findByName(OptionSpace.DHCP6, name).orElseThrow();
    }

    @Test
    void dnsServersFromTextAndBack() throws OptionDataException {
        OptionDefinition dns = standard("dns-servers");
        Octets wire = OptionCodec.fromText(dns, "2001:db8::1, 2001:db8::2");
        assertEquals(Octets.fromHex("20010db8000000000000000000000001" + "20010db8000000000000000000000002"), wire);
        assertEquals("2001:db8::1, 2001:db8::2", OptionCodec.format(dns, OptionCodec.decode(dns, wire).orElseThrow()));
        Options6 options = Options6.builder().add(new RawOption6(dns.code(), wire)).build();
        assertEquals(List.of(ip6("2001:db8::1"), ip6("2001:db8::2")), options.dnsServers());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "domain-search            | example.test, lab.example.test | 076578616d706c65047465737400"
            + "036c6162076578616d706c65047465737400",
        "preference               | 255                            | ff",
        "information-refresh-time | 86400                          | 00015180",
        "oro                      | 23, 24                         | 00170018",
        "unicast                  | 2001:db8::1                    | 20010db8000000000000000000000001",
        "status-code              | 2, no addresses                | 00026e6f20616464726573736573",
        "remote-id                | 3561, 0a0b                     | 00000de90a0b",
        "bootfile-url             | http://[2001:db8::1]/boot      | 687474703a2f2f"
            + "5b323030313a6462383a3a315d2f626f6f74",
    })
    void standardOptionsReadTheirTextForm(String name, String text, String hex) throws OptionDataException {
        OptionDefinition definition = standard(name);
        Octets wire = OptionCodec.fromText(definition, text);
        assertEquals(Octets.fromHex(hex), wire);
        assertEquals(text, OptionCodec.format(definition, OptionCodec.decode(definition, wire).orElseThrow()));
    }

    @Test
    void customDefinitionsTakeSixteenBitCodesInDhcp6Spaces() throws OptionDataException {
        OptionDefinition custom = new OptionDefinition(1000, "site-gateway", OptionSpace.DHCP6,
            OptionDataType.RECORD, false, List.of(OptionDataType.UINT16, OptionDataType.IPV6_ADDRESS),
            Optional.empty());
        OptionCatalogue catalogue = OptionCatalogue.withCustom(List.of(custom));
        assertEquals(Optional.of(custom), catalogue.find(new OptionKey(OptionSpace.DHCP6, 1000)));

        Options6 options = Options6.builder()
            .set(custom, OptionCodec.parse(custom, "7, 2001:db8::fe")).build();

        assertEquals(Octets.fromHex("0007" + "20010db80000000000000000000000fe"),
            options.first(1000).orElseThrow().data());
        assertEquals("7, 2001:db8::fe", OptionCodec.format(custom, options.value(custom).orElseThrow()));
        OptionDefinition vendorSub = new OptionDefinition(40000, "tftp", OptionSpace.vendor6(4491),
            OptionDataType.IPV6_ADDRESS, true, List.of(), Optional.empty());
        assertEquals(40000, vendorSub.code());
    }

    @Test
    void codesAreCheckedAgainstTheirSpacesWidth() {
        IllegalArgumentException v6 = assertThrows(IllegalArgumentException.class, () -> new OptionDefinition(65536,
            "too-big", OptionSpace.DHCP6, OptionDataType.BINARY, false, List.of(), Optional.empty()));
        assertEquals("option code 65536 is not in 1..65535", v6.getMessage());
        IllegalArgumentException v4 = assertThrows(IllegalArgumentException.class, () -> new OptionDefinition(300,
            "too-big", OptionSpace.DHCP4, OptionDataType.BINARY, false, List.of(), Optional.empty()));
        assertEquals("option code 300 is not in 1..254 (0 and 255 are pad and end)", v4.getMessage());
    }

    @Test
    void standardDhcp6OptionsCannotBeRedefinedButDhcp4CodesStayFree() {
        OptionDefinition clash = new OptionDefinition(23, "my-dns", OptionSpace.DHCP6, OptionDataType.BINARY, false,
            List.of(), Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> OptionCatalogue.withCustom(List.of(clash)));
        assertEquals("domain-name-servers",
            OptionCatalogue.standard().find(OptionKey.dhcp4(6)).orElseThrow().name(), "v4 table unchanged");
        assertEquals("oro", OptionCatalogue.standard().find(new OptionKey(OptionSpace.DHCP6, 6)).orElseThrow()
            .name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1%eth0", "[2001:db8::1]", "198.18.0.1", "example.test", "2001:db8:::1",
        "2001:db8::1::2", "12345::1", ""})
    void textThatIsNoIpv6AddressIsRefused(String text) {
        OptionDataException e = assertThrows(OptionDataException.class,
            () -> OptionCodec.fromText(standard("unicast"), text));
        assertTrue(e.getMessage().contains("is not an IPv6 address"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "0:0:0:0:0:0:0:0,                         ::",
        "::1,                                     ::1",
        "2001:db8:0:1:1:1:1:1,                    2001:db8:0:1:1:1:1:1",
        "2001:db8:0:0:1:0:0:1,                    2001:db8::1:0:0:1",
        "2001:0:0:1:0:0:0:1,                      2001:0:0:1::1",
        "fe80:0:0:0:5054:ff:fe12:3456,            fe80::5054:ff:fe12:3456",
        "2001:db8:1:0:0:0:0:0,                    2001:db8:1::",
        "::ffff:198.18.0.1,                       ::ffff:c612:1",
    })
    void addressesAreWrittenAsRfc5952Says(String text, String canonical) {
        assertEquals(canonical, Ipv6Bytes.toText(Ipv6Bytes.fromText(text).orElseThrow()));
    }

    @Test
    void optionCodeConstantsMatchTheStandardTable() throws IllegalAccessException {
        Map<String, String> kea = Map.ofEntries(Map.entry("CLIENTID", "clientid"), Map.entry("SERVERID", "serverid"),
            Map.entry("IA_NA", "ia-na"), Map.entry("IA_TA", "ia-ta"), Map.entry("IAADDR", "iaaddr"),
            Map.entry("ORO", "oro"), Map.entry("PREFERENCE", "preference"), Map.entry("ELAPSED_TIME", "elapsed-time"),
            Map.entry("RELAY_MSG", "relay-msg"), Map.entry("AUTH", "auth"), Map.entry("UNICAST", "unicast"),
            Map.entry("STATUS_CODE", "status-code"), Map.entry("RAPID_COMMIT", "rapid-commit"),
            Map.entry("USER_CLASS", "user-class"), Map.entry("VENDOR_CLASS", "vendor-class"),
            Map.entry("VENDOR_OPTS", "vendor-opts"), Map.entry("INTERFACE_ID", "interface-id"),
            Map.entry("RECONF_MSG", "reconf-msg"), Map.entry("RECONF_ACCEPT", "reconf-accept"),
            Map.entry("DNS_SERVERS", "dns-servers"), Map.entry("DOMAIN_LIST", "domain-search"),
            Map.entry("IA_PD", "ia-pd"), Map.entry("IAPREFIX", "iaprefix"),
            Map.entry("INFORMATION_REFRESH_TIME", "information-refresh-time"), Map.entry("REMOTE_ID", "remote-id"),
            Map.entry("SUBSCRIBER_ID", "subscriber-id"), Map.entry("CLIENT_FQDN", "client-fqdn"),
            Map.entry("NTP_SERVER", "ntp-server"), Map.entry("CLIENT_LINKLAYER_ADDR", "client-linklayer-addr"),
            Map.entry("SOL_MAX_RT", "solmax-rt"), Map.entry("INF_MAX_RT", "inf-max-rt"));
        int checked = 0;
        for (Field field : OptionCode6.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                String name = kea.get(field.getName());
                assertEquals(Optional.of(name), StandardOptions6.byCode(field.getInt(null)).map(OptionDefinition::name),
                    field.getName());
                checked++;
            }
        }
        assertEquals(kea.size(), checked);
    }
}
