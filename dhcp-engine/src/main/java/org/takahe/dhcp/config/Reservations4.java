package org.takahe.dhcp.config;

import java.net.Inet4Address;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.takahe.dhcp.wire.Octets;

/**
 * A subnet's host reservations, indexed once per configuration so that a request costs one hash lookup per
 * identifier kind in use (usually one) and a candidate address one more. Preflight refuses duplicate
 * identifiers and addresses; should any reach here, the first reservation in configured order wins.
 * Immutable; equality is by the reservations, with the hash computed once because subnets are map keys.
 */
public final class Reservations4 {
    private static final Reservations4 NONE = new Reservations4(List.of(), Optional.empty());

    private final List<Reservation4> all;
    private final Optional<FlexIdExpression> flexId;
    private final Map<HostIdentifier, Reservation4> byIdentifier = new HashMap<>();
    private final Map<Integer, Reservation4> byAddress = new HashMap<>();
    private final Set<HostIdentifier.Type> typesInUse = EnumSet.noneOf(HostIdentifier.Type.class);
    private final int hash;

    /** @param flexId how requests' flexible identifiers are computed, when reservations use them */
    public Reservations4(List<Reservation4> reservations, Optional<FlexIdExpression> flexId) {
        this.all = List.copyOf(reservations);
        this.flexId = flexId;
        for (Reservation4 reservation : all) {
            byIdentifier.putIfAbsent(reservation.identifier(), reservation);
            reservation.address().ifPresent(a -> byAddress.putIfAbsent(Ipv4Prefix.Ipv4.toInt(a), reservation));
            typesInUse.add(reservation.identifier().type());
        }
        this.hash = 31 * all.hashCode() + flexId.hashCode();
    }

    public static Reservations4 none() {
        return NONE;
    }

    public List<Reservation4> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public Optional<FlexIdExpression> flexId() {
        return flexId;
    }

    /** Whether some reservation recognises clients by this kind of identifier. */
    public boolean uses(HostIdentifier.Type type) {
        return typesInUse.contains(type);
    }

    /**
     * The reservation of the client whose identifiers these are, trying the kinds in {@link HostIdentifier.Type}
     * order and asking only for kinds some reservation uses (a flexible identifier costs an evaluation).
     */
    public Optional<Reservation4> find(Function<HostIdentifier.Type, Optional<Octets>> identifierOf) {
        for (HostIdentifier.Type type : typesInUse) {
            Optional<Reservation4> found = identifierOf.apply(type)
                .map(value -> byIdentifier.get(new HostIdentifier(type, value)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The reservation keeping this address, if one does. */
    public Optional<Reservation4> reservedAt(Inet4Address address) {
        return reservedAt(Ipv4Prefix.Ipv4.toInt(address));
    }

    /** The reservation keeping this address (as an unsigned 32-bit number), if one does. */
    public Optional<Reservation4> reservedAt(int address) {
        return byAddress.isEmpty() ? Optional.empty() : Optional.ofNullable(byAddress.get(address));
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Reservations4 that && hash == that.hash && all.equals(that.all)
            && flexId.equals(that.flexId);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return all.size() + " reservations";
    }
}
