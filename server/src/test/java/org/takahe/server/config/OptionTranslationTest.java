package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.CommitVetoException;
import org.takahe.dhcp.config.ConfiguredOption;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.OptionSet4;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.VendorClassSpace;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.Octets;

/** option-defs, generic options and pool option sets through the real datastore and models. */
class OptionTranslationTest {
    private static final String SET_PATH = "/t4s:dhcpv4-server/t4s:option-sets/t4s:option-set[t4s:option-set-id='x']";

    @AutoClose
    private final EngineDatastore datastore;

    OptionTranslationTest(@TempDir Path data) throws Exception {
        datastore = EngineDatastore.open(data);
    }

    @Test
    void standardAndCustomOptionsAreEncodedAtCommitAndPoolsReferToSets() throws Exception {
        datastore.edit("""
            <option-defs>
              <option-def><code>224</code><space>dhcp4</space><name>site-tag</name><type>record</type>
                <record-types>uint16</record-types><record-types>ipv4-address</record-types>
                <array>true</array></option-def>
              <option-def><code>1</code><space>acme</space><name>config-url</name><type>string</type></option-def>
              <vendor-class-space><vendor-class>ACME</vendor-class><space>acme</space></vendor-class-space>
            </option-defs>
            <option-sets><option-set><option-set-id>x</option-set-id>
              <option><code>119</code><space>dhcp4</space><name>domain-search</name>
                <data>example.test, lab.example.test</data></option>
              <option><code>224</code><space>dhcp4</space><data>7, 198.18.0.7, 198.18.0.8</data>
                <always-send>true</always-send></option>
              <option><code>1</code><space>acme</space><data>http://acme.test/a\\,b</data></option>
              <option><code>240</code><space>dhcp4</space><data>0a:0b</data><csv-format>false</csv-format></option>
              <option><code>80</code><space>dhcp4</space><never-send>true</never-send></option>
            </option-set></option-sets>
            <allocation-ranges><allocation-range><id>lan</id><address-pools><address-pool><pool-id>lan-pool</pool-id>
              <option-set-id>x</option-set-id><option-set-id>lan-options</option-set-id>
            </address-pool></address-pools></allocation-range></allocation-ranges>""");
        datastore.commit();

        DhcpConfig config = datastore.current();
        assertEquals(new Options4(List.of("x", "lan-options")),
            config.subnets().getFirst().pools().getFirst().options(), "a pool's sets, in the operator's order");
        OptionSet4 set = config.options().optionSets().get("x");
        assertEquals(Octets.fromHex("076578616d706c6504746573740003" + "6c6162076578616d706c650474657374" + "00"),
            data(set, OptionKey.dhcp4(119)));
        assertEquals(Octets.fromHex("0007c6120007c6120008"), data(set, OptionKey.dhcp4(224)));
        assertTrue(set.find(OptionKey.dhcp4(224)).orElseThrow().alwaysSend());
        assertEquals(Octets.of("http://acme.test/a,b".getBytes(StandardCharsets.US_ASCII)),
            data(set, new OptionKey("acme", 1)));
        assertEquals(Octets.fromHex("0a0b"), data(set, OptionKey.dhcp4(240)), "no definition: hex is taken as is");
        assertTrue(set.find(OptionKey.dhcp4(80)).orElseThrow().neverSend());
        assertEquals(List.of(new VendorClassSpace("ACME", "acme")), config.options().vendorClassSpaces());
    }

    @Test
    void dataThatDoesNotFitItsDefinitionIsRefusedNamingTheOption() throws Exception {
        refused("<option><code>3</code><space>dhcp4</space><data>198.18.0.1, 198.18.0.300</data></option>",
            SET_PATH + "/t4s:option[t4s:code='3'][t4s:space='dhcp4']/t4s:data",
            "option routers, value 2: '198.18.0.300' is not an IPv4 address");
    }

    @Test
    void hexDataIsCheckedAgainstTheDefinitionToo() throws Exception {
        refused("<option><code>26</code><space>dhcp4</space><data>05dc00</data><csv-format>false</csv-format></option>",
            SET_PATH + "/t4s:option[t4s:code='26'][t4s:space='dhcp4']/t4s:data",
            "hex data 05dc00 is not a valid interface-mtu (uint16)");
    }

    @Test
    void textDataNeedsADefinition() throws Exception {
        refused("<option><code>250</code><space>dhcp4</space><data>hello</data></option>",
            SET_PATH + "/t4s:option[t4s:code='250'][t4s:space='dhcp4']/t4s:data",
            "option dhcp4/250 has no definition, so its data can only be hex (csv-format false); or define it under "
                + "option-defs");
    }

    @Test
    void optionsTheServerSetsItselfAreRefused() throws Exception {
        refused("<option><code>51</code><space>dhcp4</space><data>600</data></option>",
            SET_PATH + "/t4s:option[t4s:code='51'][t4s:space='dhcp4']",
            "option 51 is set by the server itself; configure valid-lifetime, renew-time and rebind-time instead");
    }

    @Test
    void aNameThatIsNotTheDefinitionsIsRefused() throws Exception {
        refused("<option><code>6</code><space>dhcp4</space><name>routers</name><data>198.18.0.1</data></option>",
            SET_PATH + "/t4s:option[t4s:code='6'][t4s:space='dhcp4']",
            "option dhcp4/6 is domain-name-servers, not routers");
    }

    @Test
    void anOptionGivenTwiceInOneSetIsRefused() throws Exception {
        refused("<router-option><router>198.18.0.1</router></router-option>"
                + "<option><code>3</code><space>dhcp4</space><data>198.18.0.2</data></option>",
            SET_PATH + "/t4s:option[t4s:code='3'][t4s:space='dhcp4']",
            "option set x already sets option dhcp4/3 in its router-option, domain-name-server-option or "
                + "domain-name-option container");
    }

    @Test
    void aStandardOptionCannotBeRedefined() throws Exception {
        datastore.edit("<option-defs><option-def><code>66</code><space>dhcp4</space><name>my-tftp</name>"
            + "<type>binary</type></option-def></option-defs>");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertEquals("option 66 is the standard option tftp-server-name; its definition cannot be changed",
            veto.getMessage());
        assertEquals(Optional.of("/t4s:dhcpv4-server/t4s:option-defs/t4s:option-def[t4s:code='66']"
            + "[t4s:space='dhcp4']"), veto.errorPath());
    }

    @Test
    void aRecordWhoseStringIsNotLastIsRefused() throws Exception {
        datastore.edit("<option-defs><option-def><code>225</code><space>dhcp4</space><name>bad</name>"
            + "<type>record</type><record-types>string</record-types><record-types>uint8</record-types>"
            + "</option-def></option-defs>");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertEquals("option bad: string takes the rest of the option, so it can only be the last field and never "
            + "repeat", veto.getMessage());
    }

    private void refused(String options, String path, String message) throws Exception {
        datastore.edit("<option-sets><option-set><option-set-id>x</option-set-id>" + options
            + "</option-set></option-sets>");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertEquals(message, veto.getMessage());
        assertEquals(Optional.of(path), veto.errorPath());
    }

    private static Octets data(OptionSet4 set, OptionKey key) {
        return set.find(key).map(ConfiguredOption::data).orElseThrow(() -> new AssertionError("no option " + key));
    }
}
