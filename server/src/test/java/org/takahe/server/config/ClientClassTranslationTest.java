package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.CommitVetoException;
import org.takahe.dhcp.classify.Expression;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.ClientClass4;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Subnet4;

/** client-classes and client-class leaves through the real datastore and models: what they become, what is refused. */
class ClientClassTranslationTest {
    private static final String CLASS_PATH = "/t4s:dhcpv4-server/t4s:client-classes/t4s:client-class";
    private static final String LAN_PATH = "/t4s:dhcpv4-server/t4s:allocation-ranges/t4s:allocation-range[t4s:id='lan']";

    @AutoClose
    private final EngineDatastore datastore;

    ClientClassTranslationTest(@TempDir Path data) throws Exception {
        datastore = EngineDatastore.open(data);
    }

    @Test
    void classesBecomeCompiledEngineClassesInListOrderAndRestrictRangesAndPools() throws Exception {
        datastore.edit("""
            <client-classes>
              <client-class><name>pxe</name><test>substring(option[60].hex, 0, 9) == 'PXEClient'</test>
                <next-server>198.18.0.5</next-server><server-hostname>boot.example.test</server-hostname>
                <boot-file-name>pxelinux.0</boot-file-name></client-class>
              <client-class><name>pxe-lab</name><test>member('pxe') and pkt.iface == 'eth2'</test>
                <valid-lifetime>600</valid-lifetime></client-class>
              <client-class><name>tagged</name></client-class>
            </client-classes>
            <allocation-ranges><allocation-range><id>lan</id><client-class>VENDOR_CLASS_PXEClient</client-class>
              <address-pools><address-pool><pool-id>lan-pool</pool-id><client-class>pxe</client-class></address-pool>
              </address-pools></allocation-range></allocation-ranges>""");
        datastore.commit();

        DhcpConfig config = datastore.current();
        assertEquals(List.of(
            new ClientClass4("pxe", Optional.of(Expression.compileCondition(
                    "substring(option[60].hex, 0, 9) == 'PXEClient'")), List.of(),
                new BootFields(Optional.of(Ipv4.parse("198.18.0.5")), Optional.of("boot.example.test"),
                    Optional.of("pxelinux.0")), Optional.empty()),
            new ClientClass4("pxe-lab", Optional.of(Expression.compileCondition("member('pxe') and pkt.iface == 'eth2'")),
                List.of(), BootFields.none(), Optional.of(Duration.ofSeconds(600))),
            new ClientClass4("tagged", Optional.empty(), List.of(), BootFields.none(), Optional.empty())),
            config.clientClasses());
        Subnet4 lan = config.subnets().getFirst();
        assertEquals(Optional.of("VENDOR_CLASS_PXEClient"), lan.clientClass(), "built-in names need no definition");
        assertEquals(Optional.of("pxe"), lan.pools().getFirst().clientClass());
    }

    @Test
    void classesKeepTheOrderTheOperatorGivesNotAlphabeticalOrder() throws Exception {
        datastore.edit("<client-classes><client-class><name>zeta</name><test>option[60].exists</test></client-class>"
            + "</client-classes>");
        datastore.commit();
        datastore.edit("<client-classes><client-class><name>alpha</name><test>member('zeta')</test></client-class>"
            + "</client-classes>");
        datastore.commit();

        assertEquals(List.of("zeta", "alpha"),
            datastore.current().clientClasses().stream().map(ClientClass4::name).toList());
    }

    @Test
    void aTestThatDoesNotCompileIsRefusedAtItsLeafWithThePositionAndRunningStays() throws Exception {
        DhcpConfig before = datastore.current();
        datastore.edit("<client-classes><client-class><name>pxe</name>"
            + "<test>substring(option[60].hex, 0, 9) = 'PXEClient'</test></client-class></client-classes>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals("test does not compile at character 33: unexpected character '=' (equality is written '=='); "
            + "test: substring(option[60].hex, 0, 9) = 'PXEClient'", veto.getMessage());
        assertEquals(Optional.of(CLASS_PATH + "[t4s:name='pxe']/t4s:test"), veto.errorPath());
        assertEquals(before, datastore.current());
    }

    @Test
    void aTestMayOnlyAskAboutClassesListedBeforeIt() throws Exception {
        datastore.edit("""
            <client-classes>
              <client-class><name>first</name><test>member('second')</test></client-class>
              <client-class><name>second</name><test>option[60].exists</test></client-class>
            </client-classes>""");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertTrue(veto.getMessage().startsWith("test asks about class 'second', which is not defined before this "
            + "class"), veto.getMessage());
        assertEquals(Optional.of(CLASS_PATH + "[t4s:name='first']/t4s:test"), veto.errorPath());
    }

    @Test
    void aClassCannotAskAboutItself() throws Exception {
        datastore.edit("<client-classes><client-class><name>loop</name><test>not member('loop')</test></client-class>"
            + "</client-classes>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertTrue(veto.getMessage().contains("'loop', which is not defined before"), veto.getMessage());
    }

    @Test
    void aBuiltinClassMayCarrySettingsButNoTest() throws Exception {
        datastore.edit("<client-classes><client-class><name>VENDOR_CLASS_docsis3.0</name>"
            + "<boot-file-name>modem.cfg</boot-file-name></client-class></client-classes>");
        datastore.commit();
        assertEquals("VENDOR_CLASS_docsis3.0", datastore.current().clientClasses().getFirst().name());

        datastore.edit("<client-classes><client-class><name>KNOWN</name><test>option[60].exists</test></client-class>"
            + "</client-classes>");
        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);
        assertTrue(veto.getMessage().startsWith("class KNOWN is built in"), veto.getMessage());
        assertEquals(Optional.of(CLASS_PATH + "[t4s:name='KNOWN']/t4s:test"), veto.errorPath());
    }

    @Test
    void aRestrictionToAnUndefinedClassIsRefusedAtThePoolLeaf() throws Exception {
        datastore.edit("""
            <allocation-ranges><allocation-range><id>lan</id><address-pools><address-pool><pool-id>lan-pool</pool-id>
              <client-class>pxee</client-class></address-pool></address-pools></allocation-range></allocation-ranges>""");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertTrue(veto.getMessage().startsWith("client class 'pxee' is not defined in client-classes"),
            veto.getMessage());
        assertEquals(Optional.of(LAN_PATH + "/t4s:address-pools/t4s:address-pool[t4s:pool-id='lan-pool']"
            + "/t4s:client-class"), veto.errorPath());
    }

    @Test
    void aRestrictionOfARangeToAnUndefinedClassIsRefusedAtTheRangeLeaf() throws Exception {
        datastore.edit("<allocation-ranges><allocation-range><id>lan</id><client-class>nobody</client-class>"
            + "</allocation-range></allocation-ranges>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(Optional.of(LAN_PATH + "/t4s:client-class"), veto.errorPath());
    }
}
