package org.takahe.dhcp;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Subnet4;

/**
 * What the engine refuses in a subnet's host reservations: an identifier or an address reserved twice
 * (the client or the address would be ambiguous), an address outside the subnet, boot fields that do not
 * fit their BOOTP field. Each problem names the reservation it is found in (the later of two).
 */
final class ReservationPreflight {

    private ReservationPreflight() {
    }

    static void check(Subnet4 subnet, List<ConfigProblem> problems) {
        Map<HostIdentifier, Reservation4> byIdentifier = new HashMap<>();
        Map<Inet4Address, Reservation4> byAddress = new HashMap<>();
        for (Reservation4 reservation : subnet.reservations().all()) {
            Reservation4 sameIdentifier = byIdentifier.putIfAbsent(reservation.identifier(), reservation);
            if (sameIdentifier != null) {
                problems.add(problem(subnet, reservation, reservation.identifier().type().yangName() + " "
                    + describe(reservation.identifier()) + " is already the identifier of reservation "
                    + sameIdentifier.id()));
            }
            if (reservation.address().isPresent()) {
                Inet4Address address = reservation.address().get();
                if (!subnet.prefix().contains(address)) {
                    problems.add(problem(subnet, reservation, "reserved-addr " + address.getHostAddress()
                        + " lies outside subnet " + subnet.id() + " " + subnet.prefix()));
                } else {
                    Reservation4 sameAddress = byAddress.putIfAbsent(address, reservation);
                    if (sameAddress != null) {
                        problems.add(problem(subnet, reservation, "reserved-addr " + address.getHostAddress()
                            + " is already reserved by reservation " + sameAddress.id()));
                    }
                }
            }
            if (reservation.identifier().type() == HostIdentifier.Type.FLEX_ID
                    && subnet.reservations().flexId().isEmpty()) {
                problems.add(problem(subnet, reservation, "flex-id needs a flex-id-expression for the range (or for "
                    + "allocation-ranges) to compute requests' flexible identifiers"));
            }
            checkFits(subnet, reservation, "server-hostname", reservation.boot().serverHostname(),
                BootFields.MAX_SERVER_HOSTNAME_BYTES, problems);
            checkFits(subnet, reservation, "boot-file-name", reservation.boot().bootFileName(),
                BootFields.MAX_BOOT_FILE_NAME_BYTES, problems);
        }
    }

    private static void checkFits(Subnet4 subnet, Reservation4 reservation, String leaf, Optional<String> value,
            int maxBytes, List<ConfigProblem> problems) {
        int bytes = value.map(v -> v.getBytes(StandardCharsets.UTF_8).length).orElse(0);
        if (bytes > maxBytes) {
            problems.add(problem(subnet, reservation, leaf + " is " + bytes + " bytes long in UTF-8; the BOOTP field "
                + "holds " + maxBytes));
        }
    }

    /** Identifier bytes as colon-separated hex, the way the model writes them. */
    private static String describe(HostIdentifier identifier) {
        String hex = identifier.value().toHex();
        StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return out.toString();
    }

    private static ConfigProblem problem(Subnet4 subnet, Reservation4 reservation, String message) {
        return ConfigProblem.ofReservation(subnet.id(), reservation.id(), "subnet " + subnet.id() + ", reservation "
            + reservation.id() + ": " + message);
    }
}
