package org.takahe.server.config.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.dhcp.config.v6.Option6;
import org.takahe.dhcp.config.v6.OptionSet6;

/** Option sets through the real datastore and models, down to the bytes each option puts on the wire. */
class Dhcpv6OptionTranslationTest {
    private final Dhcp6Datastore datastore;

    Dhcpv6OptionTranslationTest(@TempDir Path data) throws Exception {
        datastore = new Dhcp6Datastore(data);
    }

    @Test
    void rfc9243OptionContainersAreEncoded() throws Exception {
        datastore.edit("""
            <unicast-address xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">2001:db8::1</unicast-address>
            <option-sets><option-set><option-set-id>all</option-set-id>
              <preference-option><pref-value>255</pref-value></preference-option>
              <server-unicast-option><server-address>2001:db8::1</server-address></server-unicast-option>
              <rapid-commit-option/>
              <info-refresh-time-option><info-refresh-time>86400</info-refresh-time></info-refresh-time-option>
              <sol-max-rt-option><sol-max-rt-value>3600</sol-max-rt-value></sol-max-rt-option>
              <inf-max-rt-option><inf-max-rt-value>7200</inf-max-rt-value></inf-max-rt-option>
            </option-set></option-sets>""");
        datastore.commit();

        OptionSet6 set = datastore.current().optionSets().get("all");
        assertEquals(Map.of(7, "ff", 12, "20010db8000000000000000000000001", 32, "00015180", 82, "00000e10",
            83, "00001c20"), hex(set));
        assertTrue(set.rapidCommit(), "rapid-commit-option is a flag of the set, not an option sent");
    }

    @Test
    void dnsDomainSearchAndNtpContainersAreEncodedInTheOperatorsOrder() throws Exception {
        datastore.edit("""
            <option-sets><option-set><option-set-id>site</option-set-id>
              <dns-servers-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <dns-server>2001:db8::54</dns-server><dns-server>2001:db8::53</dns-server></dns-servers-option>
              <domain-search-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <domain-search>example.test</domain-search><domain-search>corp.example.test.</domain-search>
              </domain-search-option>
              <ntp-server-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <ntp-server><name>a</name><server-address>2001:db8::123</server-address></ntp-server>
                <ntp-server><name>b</name><multicast-address>ff05::101</multicast-address></ntp-server>
                <ntp-server><name>c</name><server-fqdn>ntp.example.test</server-fqdn></ntp-server>
              </ntp-server-option>
            </option-set></option-sets>""");
        datastore.commit();

        assertEquals(Map.of(
            23, "20010db8000000000000000000000054" + "20010db8000000000000000000000053",
            24, "076578616d706c650474657374" + "00" + "04636f7270076578616d706c650474657374" + "00",
            56, "0001" + "0010" + "20010db8000000000000000000000123"
                + "0002" + "0010" + "ff050000000000000000000000000101"
                + "0003" + "0012" + "036e7470076578616d706c65047465737400"),
            hex(datastore.current().optionSets().get("site")));
    }

    @Test
    void customOptionsUseStandardAndOperatorDefinitionsOrHex() throws Exception {
        datastore.edit("""
            <option-defs xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
              <option-def><code>65000</code><space>dhcp6</space><name>site-id</name><type>uint32</type></option-def>
              <option-def><code>2</code><space>vendor-4491</space><name>cm-port</name><type>uint16</type></option-def>
            </option-defs>
            <option-sets><option-set><option-set-id>custom</option-set-id>
              <vendor-specific-information-options><vendor-specific-information-option>
                <enterprise-number>4491</enterprise-number>
                <vendor-option-data><sub-option-code>1</sub-option-code><sub-option-data>AQI=</sub-option-data>
                </vendor-option-data>
              </vendor-specific-information-option></vendor-specific-information-options>
              <custom-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <code>22</code><space>dhcp6</space><name>sip-server-addr</name>
                <data>2001:db8::5060, 2001:db8::5061</data></custom-option>
              <custom-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <code>65000</code><space>dhcp6</space><data>7</data></custom-option>
              <custom-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <code>65001</code><space>dhcp6</space><data>0a:0b</data><csv-format>false</csv-format></custom-option>
              <custom-option xmlns="urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server">
                <code>2</code><space>vendor-4491</space><data>258</data></custom-option>
            </option-set></option-sets>""");
        datastore.commit();

        assertEquals(Map.of(
            17, "0000118b" + "0001" + "0002" + "0102" + "0002" + "0002" + "0102",
            22, "20010db8000000000000000000005060" + "20010db8000000000000000000005061",
            65000, "00000007",
            65001, "0a0b"), hex(datastore.current().optionSets().get("custom")));
    }

    @Test
    void eachEnterpriseGetsAVendorOptionOfItsOwn() throws Exception {
        datastore.edit("""
            <option-sets><option-set><option-set-id>vendors</option-set-id>
              <vendor-specific-information-options>
                <vendor-specific-information-option><enterprise-number>9</enterprise-number>
                  <vendor-option-data><sub-option-code>1</sub-option-code><sub-option-data>/w==</sub-option-data>
                  </vendor-option-data></vendor-specific-information-option>
                <vendor-specific-information-option><enterprise-number>4491</enterprise-number>
                  <vendor-option-data><sub-option-code>5</sub-option-code></vendor-option-data>
                </vendor-specific-information-option>
              </vendor-specific-information-options>
            </option-set></option-sets>""");
        datastore.commit();

        List<String> vendorOptions = datastore.current().optionSets().get("vendors").options().stream()
            .filter(o -> o.code() == 17).map(o -> HexFormat.of().formatHex(o.data())).toList();
        assertEquals(List.of("00000009" + "0001" + "0001" + "ff", "0000118b" + "0005" + "0000"), vendorOptions);
    }

    /** The set's options by code as hex, each code once. */
    private static Map<Integer, String> hex(OptionSet6 set) {
        return set.options().stream().collect(Collectors.toMap(Option6::code,
            o -> HexFormat.of().formatHex(o.data())));
    }
}
