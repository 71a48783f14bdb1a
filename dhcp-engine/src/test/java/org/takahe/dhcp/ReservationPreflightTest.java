package org.takahe.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.testing.Reservations;
import org.takahe.dhcp.testing.TestConfigs;
import org.takahe.dhcp.wire.Octets;

class ReservationPreflightTest {
    private static final Subnet4 LAN = TestConfigs.subnet("lan", "198.18.0.0/24", "198.18.0.10", "198.18.0.20");

    private static List<ConfigProblem> check(Reservation4... reservations) {
        return ConfigPreflight.check(new DhcpConfig(List.of("eth0"), Optional.empty(),
            List.of(Reservations.with(LAN, reservations))));
    }

    private static ConfigProblem only(List<ConfigProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.getFirst();
    }

    @Test
    void reservationsInAndOutsideThePoolsAreServed() {
        assertEquals(List.of(), check(Reservations.byHardwareAddress("a", "02:00:00:00:00:01", "198.18.0.15"),
            Reservations.byHardwareAddress("b", "02:00:00:00:00:02", "198.18.0.200"),
            Reservations.byHardwareAddress("c", "02:00:00:00:00:03", null)));
    }

    @Test
    void reservedAddressOutsideTheSubnetIsRefusedNamingTheReservation() {
        ConfigProblem problem = only(check(Reservations.byHardwareAddress("stray", "02:00:00:00:00:01",
            "198.18.5.5")));

        assertEquals(Optional.of("stray"), problem.reservationId());
        assertEquals("lan", problem.subnetId());
        assertTrue(problem.message().contains("198.18.5.5") && problem.message().contains("198.18.0.0/24"),
            problem.message());
    }

    @Test
    void addressReservedTwiceIsRefusedNamingTheSecondReservation() {
        ConfigProblem problem = only(check(Reservations.byHardwareAddress("first", "02:00:00:00:00:01", "198.18.0.50"),
            Reservations.byHardwareAddress("second", "02:00:00:00:00:02", "198.18.0.50")));

        assertEquals(Optional.of("second"), problem.reservationId());
        assertTrue(problem.message().contains("first") && problem.message().contains("198.18.0.50"),
            problem.message());
    }

    @Test
    void identifierUsedTwiceIsRefusedNamingTheSecondReservation() {
        ConfigProblem problem = only(check(
            Reservations.reservation("port-a", HostIdentifier.Type.CIRCUIT_ID, Octets.fromHex("7037"), "198.18.0.50"),
            Reservations.reservation("port-b", HostIdentifier.Type.CIRCUIT_ID, Octets.fromHex("7037"), null)));

        assertEquals(Optional.of("port-b"), problem.reservationId());
        assertTrue(problem.message().contains("circuit-id 70:37") && problem.message().contains("port-a"),
            problem.message());
    }

    @Test
    void sameBytesAsDifferentIdentifierKindsAreDistinct() {
        assertEquals(List.of(), check(
            Reservations.reservation("by-id", HostIdentifier.Type.CLIENT_ID, Octets.fromHex("7037"), null),
            Reservations.reservation("by-circuit", HostIdentifier.Type.CIRCUIT_ID, Octets.fromHex("7037"), null)));
    }

    @Test
    void flexIdReservationWithoutAnExpressionIsRefused() throws Exception {
        Reservation4 byFlexId = Reservations.reservation("flex", HostIdentifier.Type.FLEX_ID, Octets.fromHex("01"),
            null);

        assertTrue(only(check(byFlexId)).message().contains("flex-id-expression"));
        assertEquals(List.of(), ConfigPreflight.check(new DhcpConfig(List.of("eth0"), Optional.empty(),
            List.of(Reservations.withFlexId(LAN, "option[60].hex", byFlexId)))));
    }

    @Test
    void bootFileNameLongerThanTheFieldIsRefused() {
        Reservation4 longName = new Reservation4("pxe", new HostIdentifier(HostIdentifier.Type.HARDWARE_ADDRESS,
            Octets.fromHex("02:00:00:00:00:01")), Optional.empty(), Optional.empty(), List.of(),
            new BootFields(Optional.empty(), Optional.empty(), Optional.of("é".repeat(64))));

        ConfigProblem problem = only(check(longName));

        assertTrue(problem.message().contains("boot-file-name is 128 bytes"), problem.message());
    }
}
