package org.takahe.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.takahe.datastore.DatastoreException;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Octets;

/** host-reservations, authoritative and match-client-id through the real datastore and models. */
class ReservationTranslationTest {
    private static final String LAN_PATH =
        "/t4s:dhcpv4-server/t4s:allocation-ranges/t4s:allocation-range[t4s:id='lan']";

    @AutoClose
    private final EngineDatastore datastore;

    ReservationTranslationTest(@TempDir Path data) throws Exception {
        datastore = EngineDatastore.open(data);
    }

    private Subnet4 lan() {
        return datastore.current().subnets().stream().filter(s -> s.id().equals("lan")).findFirst().orElseThrow();
    }

    @Test
    void reservationsOfEveryIdentifierKindBecomeEngineReservations() throws Exception {
        datastore.edit("""
            <allocation-ranges><allocation-range><id>lan</id><flex-id-expression>relay4[2].hex</flex-id-expression>
              <host-reservations>
                <host-reservation><reservation-id>printer</reservation-id>
                  <hardware-address>02:00:00:00:00:09</hardware-address><reserved-addr>198.18.0.20</reserved-addr>
                  <hostname>printer-1</hostname><next-server>198.18.0.5</next-server>
                  <server-hostname>tftp.example.test</server-hostname><boot-file-name>boot.efi</boot-file-name>
                </host-reservation>
                <host-reservation><reservation-id>laptop</reservation-id>
                  <client-id>01:02:00:00:00:00:0a</client-id><reserved-addr>198.18.0.21</reserved-addr>
                </host-reservation>
                <host-reservation><reservation-id>port-7</reservation-id>
                  <circuit-id>'port-7'</circuit-id><reserved-addr>198.18.0.150</reserved-addr>
                </host-reservation>
                <host-reservation><reservation-id>remote</reservation-id>
                  <flex-id>72:39</flex-id>
                </host-reservation>
              </host-reservations></allocation-range></allocation-ranges>""");
        datastore.commit();

        List<Reservation4> reservations = lan().reservations().all();
        Reservation4 printer = reservations.stream().filter(r -> r.id().equals("printer")).findFirst().orElseThrow();
        assertEquals(new Reservation4("printer", new HostIdentifier(HostIdentifier.Type.HARDWARE_ADDRESS,
            Octets.fromHex("020000000009")), Optional.of(Ipv4.parse("198.18.0.20")), Optional.of("printer-1"),
            List.of(), new BootFields(Optional.of(Ipv4.parse("198.18.0.5")), Optional.of("tftp.example.test"),
                Optional.of("boot.efi"))), printer);
        assertEquals(Optional.of(reservations.stream().filter(r -> r.id().equals("port-7")).findFirst()
            .orElseThrow()), lan().reservations().find(type -> type == HostIdentifier.Type.CIRCUIT_ID
                ? Optional.of(Octets.of("port-7".getBytes(StandardCharsets.US_ASCII))) : Optional.empty()));
        assertEquals(Optional.of("laptop"), lan().reservations().find(type -> type == HostIdentifier.Type.CLIENT_ID
            ? Optional.of(Octets.fromHex("0102000000000a")) : Optional.empty()).map(Reservation4::id));
        assertEquals("relay4[2].hex", lan().reservations().flexId().orElseThrow().source());
        assertEquals(Optional.of("remote"), lan().reservations().find(type -> type == HostIdentifier.Type.FLEX_ID
            ? Optional.of(Octets.fromHex("7239")) : Optional.empty()).map(Reservation4::id));
        assertEquals(Optional.of("laptop"), lan().reservations().reservedAt(Ipv4.parse("198.18.0.21"))
            .map(Reservation4::id));
    }

    @Test
    void clientHandlingIsInheritedFromAllocationRangesUnlessTheRangeSetsIt() throws Exception {
        assertFalse(lan().authoritative(), "Kea's default");
        assertTrue(lan().matchClientId(), "Kea's default");

        datastore.edit("<allocation-ranges><authoritative>true</authoritative><match-client-id>false</match-client-id>"
            + "</allocation-ranges>");
        datastore.commit();
        assertTrue(lan().authoritative());
        assertFalse(lan().matchClientId());

        datastore.edit("<allocation-ranges><allocation-range><id>lan</id><authoritative>false</authoritative>"
            + "</allocation-range></allocation-ranges>");
        datastore.commit();
        assertFalse(lan().authoritative());
        assertFalse(lan().matchClientId());
    }

    @Test
    void reservedAddressOutsideTheRangeIsRefusedNamingTheReservation() throws Exception {
        datastore.edit(reservation("stray", "<hardware-address>02:00:00:00:00:01</hardware-address>", "198.18.7.7"));

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals("subnet lan, reservation stray: reserved-addr 198.18.7.7 lies outside subnet lan 198.18.0.0/24",
            veto.getMessage());
        assertEquals(Optional.of(LAN_PATH + "/t4s:host-reservations/t4s:host-reservation"
            + "[t4s:reservation-id='stray']"), veto.errorPath());
    }

    @Test
    void duplicateIdentifierIsRefusedWhateverItsSpelling() throws Exception {
        datastore.edit(reservation("one", "<circuit-id>'p7'</circuit-id>", "198.18.0.20")
            .replace("</host-reservations>", "<host-reservation><reservation-id>two</reservation-id>"
                + "<circuit-id>70:37</circuit-id></host-reservation></host-reservations>"));

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertTrue(veto.getMessage().contains("circuit-id 70:37 is already the identifier of reservation one"),
            veto.getMessage());
        assertTrue(veto.errorPath().orElseThrow().endsWith("[t4s:reservation-id='two']"), veto.errorPath()::get);
    }

    @Test
    void addressReservedTwiceIsRefused() throws Exception {
        datastore.edit(reservation("one", "<hardware-address>02:00:00:00:00:01</hardware-address>", "198.18.0.20")
            .replace("</host-reservations>", "<host-reservation><reservation-id>two</reservation-id>"
                + "<hardware-address>02:00:00:00:00:02</hardware-address><reserved-addr>198.18.0.20</reserved-addr>"
                + "</host-reservation></host-reservations>"));

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertTrue(veto.getMessage().contains("reserved-addr 198.18.0.20 is already reserved by reservation one"),
            veto.getMessage());
    }

    @Test
    void reservationWithoutIdentifierIsRefusedByTheModel() throws Exception {
        datastore.edit(reservation("nobody", "", "198.18.0.20"));

        DatastoreException refused = assertThrows(DatastoreException.class, datastore::commit);

        assertFalse(refused instanceof CommitVetoException, "the model refuses it before the engine sees it");
        assertEquals(Optional.of(LAN_PATH + "/t4s:host-reservations/t4s:host-reservation"
            + "[t4s:reservation-id='nobody']"), refused.errorPath());
    }

    @Test
    void flexIdExpressionThatDoesNotCompileIsRefusedAtItsLeaf() throws Exception {
        datastore.edit("<allocation-ranges><allocation-range><id>lan</id>"
            + "<flex-id-expression>relay4[2].hex ==</flex-id-expression>"
            + "</allocation-range></allocation-ranges>");

        CommitVetoException veto = assertThrows(CommitVetoException.class, datastore::commit);

        assertEquals(Optional.of(LAN_PATH + "/t4s:flex-id-expression"), veto.errorPath());
        assertTrue(veto.getMessage().startsWith("flex-id-expression 'relay4[2].hex ==' does not compile"),
            veto.getMessage());
    }

    private static String reservation(String id, String identifier, String address) {
        return "<allocation-ranges><allocation-range><id>lan</id><host-reservations><host-reservation>"
            + "<reservation-id>" + id + "</reservation-id>" + identifier + "<reserved-addr>" + address
            + "</reserved-addr></host-reservation></host-reservations></allocation-range></allocation-ranges>";
    }
}
