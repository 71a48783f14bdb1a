package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.AUTHORITATIVE;
import static org.takahe.server.config.ModelNames.BOOT_FILE_NAME;
import static org.takahe.server.config.ModelNames.CIRCUIT_ID;
import static org.takahe.server.config.ModelNames.CLIENT_ID;
import static org.takahe.server.config.ModelNames.FLEX_ID;
import static org.takahe.server.config.ModelNames.FLEX_ID_EXPRESSION;
import static org.takahe.server.config.ModelNames.HARDWARE_ADDRESS;
import static org.takahe.server.config.ModelNames.HOSTNAME;
import static org.takahe.server.config.ModelNames.HOST_IDENTIFIER;
import static org.takahe.server.config.ModelNames.HOST_RESERVATION;
import static org.takahe.server.config.ModelNames.HOST_RESERVATIONS;
import static org.takahe.server.config.ModelNames.MATCH_CLIENT_ID;
import static org.takahe.server.config.ModelNames.NEXT_SERVER;
import static org.takahe.server.config.ModelNames.OPTION_SET_ID;
import static org.takahe.server.config.ModelNames.RESERVATION_ID;
import static org.takahe.server.config.ModelNames.RESERVED_ADDR;
import static org.takahe.server.config.ModelNames.SERVER_HOSTNAME;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.classify.Expression;
import org.takahe.dhcp.classify.ExpressionException;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.FlexIdExpression;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Reservations4;
import org.takahe.dhcp.wire.Octets;

/**
 * Reads an allocation range's host-reservations, and the client-handling leaves it inherits from
 * allocation-ranges, into the engine's records. The engine's preflight checks them (duplicates, addresses
 * outside the range), so the rpc-error can name the reservation.
 */
final class ReservationReader {
    private ReservationReader() {
    }

    /**
     * The range's reservations, with the flexible identifier expression it sets or inherits compiled.
     *
     * @throws ConfigRefusal naming the expression's leaf when it does not compile
     */
    static Reservations4 reservations(DataContainerNode global, MapEntryNode range, String rangeId)
            throws ConfigRefusal {
        List<Reservation4> reservations = new ArrayList<>();
        YangData.container(range, HOST_RESERVATIONS).ifPresent(container -> {
            for (MapEntryNode entry : YangData.entries(container, HOST_RESERVATION)) {
                reservations.add(reservation(entry));
            }
        });
        Optional<String> ownExpression = YangData.text(range, FLEX_ID_EXPRESSION);
        Optional<String> source = ownExpression.or(() -> YangData.text(global, FLEX_ID_EXPRESSION));
        if (source.isEmpty()) {
            return new Reservations4(reservations, Optional.empty());
        }
        try {
            return new Reservations4(reservations,
                Optional.of(new FlexIdExpression(source.get(), Expression.compileValue(source.get()))));
        } catch (ExpressionException e) {
            YangInstanceIdentifier path = ownExpression.isPresent()
                ? Dhcpv4Paths.allocationRange(rangeId).node(FLEX_ID_EXPRESSION)
                : Dhcpv4Paths.server().node(ALLOCATION_RANGES).node(FLEX_ID_EXPRESSION);
            throw new ConfigRefusal(path, "flex-id-expression '" + source.get() + "' does not compile: "
                + e.getMessage());
        }
    }

    /** The range's value of a client-handling leaf, else the allocation-ranges one (which has a default). */
    static boolean authoritative(DataContainerNode global, MapEntryNode range) {
        return inherited(global, range, AUTHORITATIVE);
    }

    static boolean matchClientId(DataContainerNode global, MapEntryNode range) {
        return inherited(global, range, MATCH_CLIENT_ID);
    }

    private static boolean inherited(DataContainerNode global, MapEntryNode range, QName leaf) {
        return YangData.bool(range, leaf).or(() -> YangData.bool(global, leaf))
            .orElseThrow(() -> new IllegalStateException(leaf.getLocalName() + " has a default the datastore fills"));
    }

    private static Reservation4 reservation(MapEntryNode entry) {
        String id = YangData.text(entry, RESERVATION_ID).orElseThrow();
        BootFields boot = new BootFields(YangData.text(entry, NEXT_SERVER).map(Ipv4::parse),
            YangData.text(entry, SERVER_HOSTNAME), YangData.text(entry, BOOT_FILE_NAME));
        return new Reservation4(id, identifier(entry), YangData.text(entry, RESERVED_ADDR).map(Ipv4::parse),
            YangData.text(entry, HOSTNAME), YangData.texts(entry, OPTION_SET_ID), boot);
    }

    /** The one identifier the mandatory choice holds. */
    private static HostIdentifier identifier(MapEntryNode reservation) {
        DataContainerNode entry = YangData.container(reservation, HOST_IDENTIFIER)
            .orElseThrow(() -> new IllegalStateException("host-identifier is mandatory; the datastore checks it"));
        return YangData.text(entry, HARDWARE_ADDRESS)
            .map(hw -> new HostIdentifier(HostIdentifier.Type.HARDWARE_ADDRESS, Octets.fromHex(hw)))
            .or(() -> YangData.text(entry, CIRCUIT_ID).map(v -> new HostIdentifier(HostIdentifier.Type.CIRCUIT_ID,
                bytes(v))))
            .or(() -> YangData.text(entry, CLIENT_ID).map(v -> new HostIdentifier(HostIdentifier.Type.CLIENT_ID,
                bytes(v))))
            .or(() -> YangData.text(entry, FLEX_ID).map(v -> new HostIdentifier(HostIdentifier.Type.FLEX_ID,
                bytes(v))))
            .orElseThrow(() -> new IllegalStateException("host-identifier is mandatory; the datastore checks it"));
    }

    /** identifier-bytes: hex octets, or text in single quotes standing for its UTF-8 octets (Kea's notation). */
    static Octets bytes(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return Octets.of(value.substring(1, value.length() - 1).getBytes(StandardCharsets.UTF_8));
        }
        return Octets.fromHex(value);
    }
}
