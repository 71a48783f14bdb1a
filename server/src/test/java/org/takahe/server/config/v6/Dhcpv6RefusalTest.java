package org.takahe.server.config.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.ErrorTag;
import org.takahe.dhcp.config.v6.Dhcp6Config;

/**
 * Every rule a DHCPv6 configuration must keep, one test each: the commit is refused with the offending node's path
 * and the reason, and the engine keeps what it had. The model's must statements refuse what they can express
 * (a must-violation); the translator refuses the rest (a commit veto).
 */
class Dhcpv6RefusalTest {
    private static final String RANGES = "/dhc6-srv:dhcpv6-server/dhc6-srv:allocation-ranges";
    private static final String LAN = RANGES + "/dhc6-srv:allocation-range[dhc6-srv:id='lan']";
    private static final String T6S = "xmlns=\"urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server\"";
    private static final Pattern ADDRESS_POOL = Pattern.compile("<address-pool>.*?</address-pool>");
    private static final Pattern PREFIX_POOL = Pattern.compile("<prefix-pool>.*?</prefix-pool>");

    private final Dhcp6Datastore datastore;

    Dhcpv6RefusalTest(@TempDir Path data) throws Exception {
        datastore = new Dhcp6Datastore(data);
    }

    // --- pools and ranges -------------------------------------------------------------------------------------

    @Test
    void overlappingAddressPoolsOfOneRange() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff")
                + addressPool("b", "2001:db8:1::/64", "2001:db8:1::1f0", "2001:db8:1::2ff"))));

        assertEquals("address pool b (2001:db8:1::1f0 - 2001:db8:1::2ff) of allocation range lan overlaps address "
            + "pool a (2001:db8:1::100 - 2001:db8:1::1ff) of allocation range lan", veto.getMessage());
        assertPath(LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='b']", veto);
    }

    @Test
    void overlappingAddressPoolsOfTwoRanges() throws Exception {
        CommitVetoException veto = vetoed(ranges(
            range("lan", "2001:db8:1::/64", addressPool("a", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff"))
            + range("wide", "2001:db8:1::/48",
                addressPool("w", "2001:db8:1::/56", "2001:db8:1::1", "2001:db8:1::100"))));

        assertEquals("address pool w (2001:db8:1::1 - 2001:db8:1::100) of allocation range wide overlaps address "
            + "pool a (2001:db8:1::100 - 2001:db8:1::1ff) of allocation range lan", veto.getMessage());
    }

    @Test
    void overlappingPrefixPools() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            prefixPool("pd1", "2001:db8:100::/40", 56) + prefixPool("pd2", "2001:db8:100:ff00::/56", 60))));

        assertEquals("prefix pool pd2 (2001:db8:100:ff00::/56) of allocation range lan overlaps prefix pool pd1 "
            + "(2001:db8:100::/40) of allocation range lan", veto.getMessage(), "pools are taken in order of id");
        assertPath(LAN + "/dhc6-srv:prefix-pools/dhc6-srv:prefix-pool[dhc6-srv:pool-id='pd2']/dhc6-srv:pool-prefix",
            veto);
    }

    @Test
    void prefixPoolHoldingAddressesOfAnAddressPool() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff")
                + prefixPool("pd", "2001:db8:1::/56", 64))));

        assertEquals("prefix pool pd (2001:db8:1::/56) of allocation range lan would delegate addresses of address "
            + "pool a (2001:db8:1::100 - 2001:db8:1::1ff) of allocation range lan", veto.getMessage());
    }

    @Test
    void poolPrefixOutsideTheNetworkPrefix() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:2::/64", "2001:db8:2::100", "2001:db8:2::1ff"))));

        assertEquals("pool-prefix 2001:db8:2::/64 is not inside the range's network-prefix 2001:db8:1::/64",
            veto.getMessage());
        assertPath(LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='a']/dhc6-srv:pool-prefix",
            veto);
    }

    @Test
    void poolPrefixShorterThanTheNetworkPrefixIsAMustViolation() throws Exception {
        DatastoreException refused = refused(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8::/48", "2001:db8:1::100", "2001:db8:1::1ff"))));

        assertMustViolation("pool-prefix is shorter than the range's network-prefix, so it cannot lie inside it",
            LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='a']/dhc6-srv:pool-prefix",
            refused);
    }

    @Test
    void startAddressOutsideThePoolPrefix() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/120", "2001:db8:1::100", "2001:db8:1::1ff"))));

        assertEquals("start-address 2001:db8:1::100 is not inside pool-prefix 2001:db8:1::/120", veto.getMessage());
        assertPath(LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='a']"
            + "/dhc6-srv:start-address", veto);
    }

    @Test
    void endAddressBelowStartAddressComparedAsNumbers() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/64", "2001:db8:1::a", "2001:db8:1::9"))));

        assertEquals("end-address 2001:db8:1::9 is below start-address 2001:db8:1::a", veto.getMessage());
        assertPath(LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='a']/dhc6-srv:end-address",
            veto);
    }

    @Test
    void twoRangesWithTheSameNetworkPrefixHoweverWritten() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64", "")
            + range("again", "2001:DB8:1:0::/64", "")));

        assertEquals("network-prefix 2001:db8:1::/64 is already the prefix of allocation range again",
            veto.getMessage(), "ranges are taken in order of id");
        assertPath(LAN + "/dhc6-srv:network-prefix", veto);
    }

    @Test
    void prefixWithHostBitsSet() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::5/64", "")));

        assertEquals("2001:db8:1::5/64 has bits set beyond its length; the prefix is 2001:db8:1::/64",
            veto.getMessage());
        assertPath(LAN + "/dhc6-srv:network-prefix", veto);
    }

    @Test
    void clientPrefixLengthShorterThanThePoolIsAMustViolation() throws Exception {
        DatastoreException refused = refused(ranges(range("lan", "2001:db8:1::/64",
            prefixPool("pd", "2001:db8:100::/40", 32))));

        assertMustViolation("client-prefix-length is shorter than the pool-prefix", LAN
            + "/dhc6-srv:prefix-pools/dhc6-srv:prefix-pool[dhc6-srv:pool-id='pd']/dhc6-srv:client-prefix-length",
            refused);
    }

    @Test
    void rangeInterfaceThatIsNoDhcpv6InterfaceIsAMustViolation() throws Exception {
        DatastoreException refused = refused(ranges("<allocation-range><id>lan</id>"
            + "<network-prefix>2001:db8:1::/64</network-prefix><interface " + T6S + ">eth7</interface>"
            + "</allocation-range>"));

        assertMustViolation("interface is not one of the DHCPv6 interfaces (/server/interfaces-config/"
            + "dhcpv6-interface)", LAN + "/t6s:interface", refused);
    }

    // --- reservations ---------------------------------------------------------------------------------------------

    @Test
    void reservedAddressOutsideItsPool() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff",
                reservation("2001:db8:1::5", "00030001020000000001")))));

        assertEquals("reserved-addr 2001:db8:1::5 is outside its pool (2001:db8:1::100 - 2001:db8:1::1ff)",
            veto.getMessage());
        assertPath(LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='a']"
            + "/dhc6-srv:host-reservations/dhc6-srv:host-reservation[dhc6-srv:reserved-addr='2001:db8:1::5']"
            + "/dhc6-srv:reserved-addr", veto);
    }

    @Test
    void anAddressReservedInTwoPoolsIsOutsideOneOfThem() throws Exception {
        String reserved = reservation("2001:db8:1::150", "00030001020000000001");
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff", reserved)
                + addressPool("b", "2001:db8:1::/64", "2001:db8:1::200", "2001:db8:1::2ff", reserved))));

        assertEquals("reserved-addr 2001:db8:1::150 is outside its pool (2001:db8:1::200 - 2001:db8:1::2ff)",
            veto.getMessage());
    }

    @Test
    void duidThatIsNotHexIsRefusedByItsType() throws Exception {
        DatastoreException refused = refused(ranges(range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff",
                reservation("2001:db8:1::150", "0003-not-hex")))));

        assertEquals(Optional.of(LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='a']"
            + "/dhc6-srv:host-reservations/dhc6-srv:host-reservation[dhc6-srv:reserved-addr='2001:db8:1::150']"
            + "/dhc6-srv:client-duid"), refused.errorPath(), refused.getMessage());
        assertEquals(ErrorTag.INVALID_VALUE, refused.tag());
    }

    @Test
    void reservedPrefixThatIsNotOneOfThePoolsPrefixes() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            prefixPool("pd", "2001:db8:100::/40", 56, "<host-reservations><prefix-reservation>"
                + "<reserved-prefix>2001:db8:100:ff00::/60</reserved-prefix></prefix-reservation>"
                + "</host-reservations>"))));

        assertEquals("reserved-prefix 2001:db8:100:ff00::/60 is not one of the prefix pool's prefixes (a /56 inside "
            + "2001:db8:100::/40)", veto.getMessage());
    }

    @Test
    void timersOnAPrefixPoolsHostReservationsContainer() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64",
            prefixPool("pd", "2001:db8:100::/40", 56,
                "<host-reservations><valid-lifetime>600</valid-lifetime></host-reservations>"))));

        assertEquals("valid-lifetime of a prefix pool's host-reservations is not supported; set it on the prefix pool",
            veto.getMessage());
        assertPath(LAN + "/dhc6-srv:prefix-pools/dhc6-srv:prefix-pool[dhc6-srv:pool-id='pd']"
            + "/dhc6-srv:host-reservations/dhc6-srv:valid-lifetime", veto);
    }

    // --- lease timers ---------------------------------------------------------------------------------------------

    @Test
    void timersOutOfOrderWithinALevelAreAMustViolation() throws Exception {
        DatastoreException refused = refused(ranges("<renew-time>900</renew-time><rebind-time>800</rebind-time>"));

        assertMustViolation("rebind-time must not be below renew-time", RANGES + "/dhc6-srv:rebind-time", refused);
    }

    @Test
    void renewTimeInheritedAboveAPoolsRebindTime() throws Exception {
        CommitVetoException veto = vetoed(ranges("<renew-time>1500</renew-time>" + range("lan", "2001:db8:1::/64",
            addressPool("a", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff",
                "<rebind-time>1000</rebind-time>"))));

        assertEquals("lease timers must keep renew-time <= rebind-time <= preferred-lifetime <= valid-lifetime "
            + "(RFC 8415, Section 21.4): renew-time 1500 s (from allocation-ranges) is above rebind-time 1000 s",
            veto.getMessage());
        assertPath(LAN + "/dhc6-srv:address-pools/dhc6-srv:address-pool[dhc6-srv:pool-id='a']", veto);
    }

    @Test
    void rebindTimeAboveTheDefaultPreferredLifetime() throws Exception {
        CommitVetoException veto = vetoed(ranges(range("lan", "2001:db8:1::/64", "")
            .replace("</network-prefix>", "</network-prefix><rebind-time>4000</rebind-time>")));

        assertEquals("lease timers must keep renew-time <= rebind-time <= preferred-lifetime <= valid-lifetime "
            + "(RFC 8415, Section 21.4): rebind-time 4000 s is above preferred-lifetime 3600 s (the default)",
            veto.getMessage());
        assertPath(LAN, veto);
    }

    @Test
    void validLifetimeBelowTheDefaultPreferredLifetime() throws Exception {
        CommitVetoException veto = vetoed(ranges("<valid-lifetime>1800</valid-lifetime>"));

        assertEquals("lease timers must keep renew-time <= rebind-time <= preferred-lifetime <= valid-lifetime "
            + "(RFC 8415, Section 21.4): preferred-lifetime 3600 s (the default) is above valid-lifetime 1800 s",
            veto.getMessage());
        assertPath(RANGES, veto);
    }

    @Test
    void zeroValidLifetime() throws Exception {
        CommitVetoException veto = vetoed(ranges("<valid-lifetime>0</valid-lifetime>"
            + "<preferred-lifetime>0</preferred-lifetime>"));

        assertEquals("valid-lifetime must be above 0 s; valid-lifetime 0 s is not", veto.getMessage());
    }

    // --- options --------------------------------------------------------------------------------------------------

    @Test
    void optionSetIdThatNamesNoSetIsAnUnresolvedLeafref() throws Exception {
        DatastoreException refused = refused(ranges("<option-set-id>missing</option-set-id>"));

        assertEquals(Optional.of(RANGES + "/dhc6-srv:option-set-id[.='missing']"), refused.errorPath(),
            refused.getMessage());
        assertEquals(ErrorTag.DATA_MISSING, refused.tag());
        assertEquals(Optional.of("instance-required"), refused.errorAppTag());
    }

    @Test
    void serverUnicastAddressTheServerDoesNotListenOn() throws Exception {
        CommitVetoException veto = vetoed(optionSet("<server-unicast-option><server-address>2001:db8::9"
            + "</server-address></server-unicast-option>"));

        assertEquals("server-address 2001:db8::9 is not one of the server's unicast-address values, so clients told "
            + "to use it would not be answered", veto.getMessage());
        assertPath("/dhc6-srv:dhcpv6-server/dhc6-srv:option-sets/dhc6-srv:option-set[dhc6-srv:option-set-id='s']"
            + "/dhc6-srv:server-unicast-option/dhc6-srv:server-address", veto);
    }

    @Test
    void solMaxRtClientsWouldIgnore() throws Exception {
        CommitVetoException veto = vetoed(optionSet(
            "<sol-max-rt-option><sol-max-rt-value>30</sol-max-rt-value></sol-max-rt-option>"));

        assertEquals("sol-max-rt-value 30 is outside 60..86400 s, so clients would ignore it (RFC 8415, Sections "
            + "21.24 and 21.25)", veto.getMessage());
    }

    @Test
    void authenticationOption() throws Exception {
        CommitVetoException veto = vetoed(optionSet("<auth-option><algorithm>1</algorithm></auth-option>"));

        assertEquals("the authentication option (11) is not supported", veto.getMessage());
    }

    @Test
    void reconfigureMessageOption() throws Exception {
        CommitVetoException veto = vetoed(optionSet(
            "<reconfigure-message-option><msg-type>5</msg-type></reconfigure-message-option>"));

        assertEquals("the reconfigure message option (19) belongs in Reconfigure messages, which this server does "
            + "not send", veto.getMessage());
    }

    @Test
    void reconfigureAcceptOption() throws Exception {
        CommitVetoException veto = vetoed(optionSet("<reconfigure-accept-option/>"));

        assertEquals("the reconfigure accept option (20) tells clients to accept Reconfigure messages, which this "
            + "server does not send", veto.getMessage());
        assertPath("/dhc6-srv:dhcpv6-server/dhc6-srv:option-sets/dhc6-srv:option-set[dhc6-srv:option-set-id='s']"
            + "/dhc6-srv:reconfigure-accept-option", veto);
    }

    @Test
    void reconfigureAcceptAsACustomOption() throws Exception {
        CommitVetoException veto = vetoed(optionSet(customOption(20, "dhcp6", "<data></data>"
            + "<csv-format>false</csv-format>")));

        assertEquals("option 20 (reconf-accept) is built by the server for each exchange, or sent by clients and "
            + "relays only", veto.getMessage());
        assertPath("/dhc6-srv:dhcpv6-server/dhc6-srv:option-sets/dhc6-srv:option-set[dhc6-srv:option-set-id='s']"
            + "/t6s:custom-option[t6s:code='20'][t6s:space='dhcp6']", veto);
    }

    @Test
    void customOptionTheServerBuildsItself() throws Exception {
        CommitVetoException veto = vetoed(optionSet(customOption(3, "dhcp6", "<data>00</data>"
            + "<csv-format>false</csv-format>")));

        assertEquals("option 3 (ia-na) is built by the server for each exchange, or sent by clients and relays only",
            veto.getMessage());
        assertPath("/dhc6-srv:dhcpv6-server/dhc6-srv:option-sets/dhc6-srv:option-set[dhc6-srv:option-set-id='s']"
            + "/t6s:custom-option[t6s:code='3'][t6s:space='dhcp6']", veto);
    }

    @Test
    void customOptionGivingAnOptionItsContainerGivesAlready() throws Exception {
        CommitVetoException veto = vetoed(optionSet("<dns-servers-option " + T6S + "><dns-server>2001:db8::53"
            + "</dns-server></dns-servers-option>" + customOption(23, "dhcp6", "<data>2001:db8::54</data>")));

        assertEquals("option set s already gives option 23 in dns-servers-option; give it once", veto.getMessage());
    }

    @Test
    void customVendorSubOptionGivenInTheRfc9243ListToo() throws Exception {
        CommitVetoException veto = vetoed(optionSet("<vendor-specific-information-options>"
            + "<vendor-specific-information-option><enterprise-number>4491</enterprise-number><vendor-option-data>"
            + "<sub-option-code>2</sub-option-code><sub-option-data>AQI=</sub-option-data></vendor-option-data>"
            + "</vendor-specific-information-option></vendor-specific-information-options>"
            + customOption(2, "vendor-4491", "<data>0102</data><csv-format>false</csv-format>")));

        assertEquals("sub-option 2 of enterprise 4491 is given in vendor-specific-information-options already",
            veto.getMessage());
    }

    @Test
    void customOptionDataThatDoesNotFitItsDefinition() throws Exception {
        CommitVetoException veto = vetoed(optionSet(customOption(22, "dhcp6", "<data>sip.example.test</data>")));

        assertEquals("option sip-server-addr, value 1: 'sip.example.test' is not an IPv6 address", veto.getMessage());
        assertPath("/dhc6-srv:dhcpv6-server/dhc6-srv:option-sets/dhc6-srv:option-set[dhc6-srv:option-set-id='s']"
            + "/t6s:custom-option[t6s:code='22'][t6s:space='dhcp6']/t6s:data", veto);
    }

    @Test
    void customOptionWithoutDefinitionGivenAsText() throws Exception {
        CommitVetoException veto = vetoed(optionSet(customOption(65000, "dhcp6", "<data>7</data>")));

        assertEquals("option dhcp6/65000 has no definition, so its data can only be hex (csv-format false); or "
            + "define it under option-defs", veto.getMessage());
    }

    @Test
    void optionDefinitionRedefiningAStandardOption() throws Exception {
        CommitVetoException veto = vetoed("<option-defs " + T6S + "><option-def><code>23</code><space>dhcp6</space>"
            + "<name>my-dns</name><type>string</type></option-def></option-defs>");

        assertEquals("option 23 is the standard option dns-servers; its definition cannot be changed",
            veto.getMessage());
        assertPath("/dhc6-srv:dhcpv6-server/t6s:option-defs/t6s:option-def[t6s:code='23'][t6s:space='dhcp6']", veto);
    }

    @Test
    void vendorSpaceOfNoEnterprise() throws Exception {
        CommitVetoException veto = vetoed(optionSet(customOption(1, "vendor-9999999999",
            "<data>00</data><csv-format>false</csv-format>")));

        assertEquals("vendor-9999999999: enterprise numbers are 32 bits wide", veto.getMessage());
    }

    // --- the commit as a whole ------------------------------------------------------------------------------------

    @Test
    void aRefusedCommitLeavesTheEngineWithWhatItHad() throws Exception {
        datastore.editConfig(Dhcpv6TranslationTest.EXAMPLE);
        datastore.commit();
        Dhcp6Config before = datastore.current();

        vetoed(ranges(range("lan", "2001:db8:1::/64",
            addressPool("b", "2001:db8:1::/64", "2001:db8:1::150", "2001:db8:1::250"))));

        assertEquals(before, datastore.current());
    }

    private CommitVetoException vetoed(String body) throws Exception {
        return assertInstanceOf(CommitVetoException.class, refused(body));
    }

    private DatastoreException refused(String body) throws Exception {
        List<Dhcp6Config> before = datastore.applied();
        DatastoreException refused = assertThrows(DatastoreException.class, () -> {
            datastore.edit(body);
            datastore.commit();
        });
        assertEquals(before, datastore.applied(), "nothing reaches the engine");
        return refused;
    }

    private static void assertPath(String expected, DatastoreException refused) {
        assertEquals(Optional.of(expected), refused.errorPath(), refused.getMessage());
    }

    private static void assertMustViolation(String message, String path, DatastoreException refused) {
        assertEquals(message, refused.getMessage());
        assertEquals(Optional.of("must-violation"), refused.errorAppTag());
        assertPath(path, refused);
    }

    private static String ranges(String body) {
        return "<allocation-ranges>" + body + "</allocation-ranges>";
    }

    /** An allocation range; {@code pools} are address-pool and prefix-pool elements, in any order. */
    private static String range(String id, String prefix, String pools) {
        return "<allocation-range><id>" + id + "</id><network-prefix>" + prefix + "</network-prefix>"
            + wrapped("address-pools", ADDRESS_POOL.matcher(pools))
            + wrapped("prefix-pools", PREFIX_POOL.matcher(pools)) + "</allocation-range>";
    }

    private static String wrapped(String container, Matcher elements) {
        String all = elements.results().map(MatchResult::group).collect(Collectors.joining());
        return all.isEmpty() ? "" : "<" + container + ">" + all + "</" + container + ">";
    }

    private static String addressPool(String id, String prefix, String start, String end) {
        return addressPool(id, prefix, start, end, "");
    }

    private static String addressPool(String id, String prefix, String start, String end, String more) {
        return "<address-pool><pool-id>" + id + "</pool-id><pool-prefix>" + prefix + "</pool-prefix><start-address>"
            + start + "</start-address><end-address>" + end + "</end-address>" + more + "</address-pool>";
    }

    private static String reservation(String address, String duid) {
        return "<host-reservations><host-reservation><reserved-addr>" + address + "</reserved-addr><client-duid>"
            + duid + "</client-duid></host-reservation></host-reservations>";
    }

    private static String prefixPool(String id, String prefix, int length) {
        return prefixPool(id, prefix, length, "");
    }

    private static String prefixPool(String id, String prefix, int length, String more) {
        return "<prefix-pool><pool-id>" + id + "</pool-id><pool-prefix>" + prefix + "</pool-prefix>"
            + "<client-prefix-length>" + length + "</client-prefix-length>" + more + "</prefix-pool>";
    }

    private static String optionSet(String body) {
        return "<option-sets><option-set><option-set-id>s</option-set-id>" + body + "</option-set></option-sets>";
    }

    private static String customOption(int code, String space, String more) {
        return "<custom-option " + T6S + "><code>" + code + "</code><space>" + space + "</space>" + more
            + "</custom-option>";
    }
}
