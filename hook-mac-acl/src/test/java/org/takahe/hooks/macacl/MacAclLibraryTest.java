package org.takahe.hooks.macacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.hooks.api.Callout;
import org.takahe.dhcp.hooks.api.Callouts;
import org.takahe.dhcp.hooks.api.HookConfigurationException;
import org.takahe.dhcp.hooks.api.HookLibrary;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.hooks.api.Packet4;
import org.takahe.dhcp.hooks.api.PacketOptions;
import org.takahe.dhcp.hooks.api.Pkt4ReceiveContext;

class MacAclLibraryTest {
    private static final String LISTED = "02:00:00:00:00:01";
    private static final String OTHER = "02:00:00:00:00:02";

    private record Received(Packet4 query, String interfaceName) implements Pkt4ReceiveContext {
    }

    private static Pkt4ReceiveContext discoverFrom(String mac) throws Exception {
        Inet4Address any = (Inet4Address) InetAddress.getByAddress(new byte[4]);
        return new Received(new Packet4(1, 1, 0, 0x1234, 0, 0, any, any, any, any, mac, "", "",
            PacketOptions.of(Map.of(53, new byte[] {1}))), "eth0");
    }

    private static Callout<Pkt4ReceiveContext> configured(Map<String, String> parameters) throws Exception {
        Callouts callouts = new MacAclLibrary().configure(parameters);
        assertEquals(java.util.Set.of(HookPoint.PKT4_RECEIVE), callouts.points(), "only pkt4-receive is used");
        return callouts.at(HookPoint.PKT4_RECEIVE, Pkt4ReceiveContext.class).orElseThrow();
    }

    @Test
    void denyModeDropsListedClientsAndServesOthers() throws Exception {
        Callout<Pkt4ReceiveContext> acl = configured(Map.of("mode", "deny", "hardware-addresses", LISTED));

        assertEquals(NextStep.DROP, acl.call(discoverFrom(LISTED)));
        assertEquals(NextStep.CONTINUE, acl.call(discoverFrom(OTHER)));
    }

    @Test
    void allowModeServesOnlyListedClients() throws Exception {
        Callout<Pkt4ReceiveContext> acl = configured(Map.of("mode", "allow", "hardware-addresses", LISTED));

        assertEquals(NextStep.CONTINUE, acl.call(discoverFrom(LISTED)));
        assertEquals(NextStep.DROP, acl.call(discoverFrom(OTHER)));
    }

    @Test
    void allowModeWithAnEmptyListServesNobody() throws Exception {
        Callout<Pkt4ReceiveContext> acl = configured(Map.of("mode", "allow"));

        assertEquals(NextStep.DROP, acl.call(discoverFrom(LISTED)));
    }

    @Test
    void addressesAreMatchedWhateverTheirSpellingInTheList() throws Exception {
        Callout<Pkt4ReceiveContext> acl = configured(Map.of("mode", "deny",
            "hardware-addresses", " 02-00-00-00-00-01,\n020000000002  52:54:00:AB:CD:EF "));

        assertEquals(NextStep.DROP, acl.call(discoverFrom(LISTED)));
        assertEquals(NextStep.DROP, acl.call(discoverFrom(OTHER)));
        assertEquals(NextStep.DROP, acl.call(discoverFrom("52:54:00:ab:cd:ef")));
        assertEquals(NextStep.CONTINUE, acl.call(discoverFrom("52:54:00:ab:cd:ee")));
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        HookConfigurationException badMode = assertThrows(HookConfigurationException.class,
            () -> new MacAclLibrary().configure(Map.of("mode", "maybe")));
        assertEquals(Optional.of("mode"), badMode.parameter());
        assertEquals("mode must be allow or deny, not 'maybe'", badMode.getMessage());

        HookConfigurationException badAddress = assertThrows(HookConfigurationException.class,
            () -> new MacAclLibrary().configure(Map.of("mode", "deny", "hardware-addresses", LISTED + ", 02:00:zz")));
        assertEquals(Optional.of("hardware-addresses"), badAddress.parameter());
        assertTrue(badAddress.getMessage().startsWith("'02:00:zz' is not a hardware address"), badAddress.getMessage());

        HookConfigurationException unknown = assertThrows(HookConfigurationException.class,
            () -> new MacAclLibrary().configure(Map.of("mode", "deny", "macs", LISTED)));
        assertEquals(Optional.of("macs"), unknown.parameter());

        HookConfigurationException noMode = assertThrows(HookConfigurationException.class,
            () -> new MacAclLibrary().configure(Map.of("hardware-addresses", LISTED)));
        assertEquals(Optional.empty(), noMode.parameter(), "a missing parameter is the entry's fault");
    }

    @Test
    void serviceLoaderFindsTheLibraryByItsName() {
        assertTrue(ServiceLoader.load(HookLibrary.class).stream().map(ServiceLoader.Provider::get)
            .anyMatch(library -> library instanceof MacAclLibrary && library.name().equals("mac-acl")));
    }
}
