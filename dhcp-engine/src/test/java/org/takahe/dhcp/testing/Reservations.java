package org.takahe.dhcp.testing;

import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.classify.Expression;
import org.takahe.dhcp.classify.ExpressionException;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.FlexIdExpression;
import org.takahe.dhcp.config.HostIdentifier;
import org.takahe.dhcp.config.Reservation4;
import org.takahe.dhcp.config.Reservations4;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.wire.Octets;

/** Host reservations for tests, and subnets that carry them. */
public final class Reservations {
    private Reservations() {
    }

    public static Reservation4 byHardwareAddress(String id, String mac, String address) {
        return reservation(id, HostIdentifier.Type.HARDWARE_ADDRESS, Octets.fromHex(mac), address);
    }

    public static Reservation4 reservation(String id, HostIdentifier.Type type, Octets value, String address) {
        return new Reservation4(id, new HostIdentifier(type, value),
            Optional.ofNullable(address).map(TestConfigs::ip), Optional.empty(), List.of(), BootFields.none());
    }

    /** The subnet with these reservations and the given client handling. */
    public static Subnet4 with(Subnet4 subnet, boolean authoritative, boolean matchClientId,
            Reservation4... reservations) {
        return new Subnet4(subnet.id(), subnet.prefix(), subnet.pools(), subnet.options(), subnet.timers(),
            authoritative, matchClientId, new Reservations4(List.of(reservations), Optional.empty()));
    }

    /** The subnet with these reservations, computing flexible identifiers with this expression. */
    public static Subnet4 withFlexId(Subnet4 subnet, String expression, Reservation4... reservations)
            throws ExpressionException {
        return new Subnet4(subnet.id(), subnet.prefix(), subnet.pools(), subnet.options(), subnet.timers(),
            subnet.authoritative(), subnet.matchClientId(), new Reservations4(List.of(reservations),
                Optional.of(new FlexIdExpression(expression, Expression.compileValue(expression)))));
    }

    public static Subnet4 with(Subnet4 subnet, Reservation4... reservations) {
        return with(subnet, subnet.authoritative(), subnet.matchClientId(), reservations);
    }
}
