package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.CLIENT_DUID;
import static org.takahe.server.config.v6.Dhcpv6Names.CLIENT_PREFIX_LENGTH;
import static org.takahe.server.config.v6.Dhcpv6Names.END_ADDRESS;
import static org.takahe.server.config.v6.Dhcpv6Names.HOST_RESERVATION;
import static org.takahe.server.config.v6.Dhcpv6Names.HOST_RESERVATIONS;
import static org.takahe.server.config.v6.Dhcpv6Names.MAX_ADDRESS_UTILIZATION;
import static org.takahe.server.config.v6.Dhcpv6Names.MAX_PD_SPACE_UTILIZATION;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_SET_ID;
import static org.takahe.server.config.v6.Dhcpv6Names.POOL_ID;
import static org.takahe.server.config.v6.Dhcpv6Names.POOL_PREFIX;
import static org.takahe.server.config.v6.Dhcpv6Names.PREFERRED_LIFETIME;
import static org.takahe.server.config.v6.Dhcpv6Names.PREFIX_RESERVATION;
import static org.takahe.server.config.v6.Dhcpv6Names.RAPID_COMMIT;
import static org.takahe.server.config.v6.Dhcpv6Names.REBIND_TIME;
import static org.takahe.server.config.v6.Dhcpv6Names.RENEW_TIME;
import static org.takahe.server.config.v6.Dhcpv6Names.RESERVED_ADDR;
import static org.takahe.server.config.v6.Dhcpv6Names.RESERVED_PREFIX;
import static org.takahe.server.config.v6.Dhcpv6Names.START_ADDRESS;
import static org.takahe.server.config.v6.Dhcpv6Names.VALID_LIFETIME;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.AddressReservation6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.PrefixReservation6;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.YangData;

/**
 * Reads a range's address and prefix pools with their host reservations, checking what the model's must
 * statements cannot: that addresses lie inside their pool and range, and that reserved prefixes are the pool's.
 */
final class PoolReader {
    /** resource-config's leaves, which RFC 9243 also puts on a prefix pool's host-reservations container. */
    private static final List<QName> RESOURCE_CONFIG = List.of(OPTION_SET_ID, VALID_LIFETIME, RENEW_TIME,
        REBIND_TIME, PREFERRED_LIFETIME, RAPID_COMMIT);

    private PoolReader() {
    }

    static AddressPool6 addressPool(Lineage range, Ipv6Prefix network, MapEntryNode entry) throws ConfigRefusal {
        String id = YangData.text(entry, POOL_ID).orElseThrow();
        Lineage pool = range.child("address pool " + id, range.path().node(Dhcpv6Names.ADDRESS_POOLS)
            .node(Dhcpv6Names.ADDRESS_POOL).node(entry.name()), entry);
        YangInstanceIdentifier path = pool.path();
        Ipv6Prefix poolPrefix = Values6.prefix(YangData.text(entry, POOL_PREFIX).orElseThrow(),
            path.node(POOL_PREFIX));
        if (!network.contains(poolPrefix)) {
            throw new ConfigRefusal(path.node(POOL_PREFIX), "pool-prefix " + poolPrefix
                + " is not inside the range's network-prefix " + network);
        }
        Inet6Address start = inside(poolPrefix, entry, START_ADDRESS, path);
        Inet6Address end = inside(poolPrefix, entry, END_ADDRESS, path);
        if (Values6.compare(start, end) > 0) {
            throw new ConfigRefusal(path.node(END_ADDRESS), "end-address " + Values6.text(end)
                + " is below start-address " + Values6.text(start));
        }
        Timers6 timers = pool.timers();
        List<AddressReservation6> reservations = new ArrayList<>();
        for (MapEntryNode reservation : reservations(entry, HOST_RESERVATION)) {
            reservations.add(addressReservation(pool, start, end, reservation));
        }
        return new AddressPool6(id, poolPrefix, start, end,
            YangData.number(entry, MAX_ADDRESS_UTILIZATION).map(Long::intValue)
                .orElse(Pool4.DEFAULT_UTILIZATION_THRESHOLD),
            YangData.texts(entry, OPTION_SET_ID), timers, pool.rapidCommit(), reservations);
    }

    static PrefixPool6 prefixPool(Lineage range, MapEntryNode entry) throws ConfigRefusal {
        String id = YangData.text(entry, POOL_ID).orElseThrow();
        Lineage pool = range.child("prefix pool " + id, range.path().node(Dhcpv6Names.PREFIX_POOLS)
            .node(Dhcpv6Names.PREFIX_POOL).node(entry.name()), entry);
        YangInstanceIdentifier path = pool.path();
        Ipv6Prefix poolPrefix = Values6.prefix(YangData.text(entry, POOL_PREFIX).orElseThrow(),
            path.node(POOL_PREFIX));
        int delegatedLength = YangData.number(entry, CLIENT_PREFIX_LENGTH).orElseThrow().intValue();
        Optional<DataContainerNode> container = YangData.container(entry, HOST_RESERVATIONS);
        if (container.isPresent()) {
            for (QName leaf : RESOURCE_CONFIG) {
                if (container.get().findChildByArg(new YangInstanceIdentifier.NodeIdentifier(leaf)).isPresent()) {
                    throw new ConfigRefusal(path.node(HOST_RESERVATIONS).node(leaf), leaf.getLocalName()
                        + " of a prefix pool's host-reservations is not supported; set it on the prefix pool");
                }
            }
        }
        List<PrefixReservation6> reservations = new ArrayList<>();
        for (MapEntryNode reservation : reservations(entry, PREFIX_RESERVATION)) {
            YangInstanceIdentifier at = path.node(HOST_RESERVATIONS).node(PREFIX_RESERVATION).node(reservation.name());
            Ipv6Prefix reserved = Values6.prefix(YangData.text(reservation, RESERVED_PREFIX).orElseThrow(),
                at.node(RESERVED_PREFIX));
            if (!poolPrefix.contains(reserved) || reserved.length() != delegatedLength) {
                throw new ConfigRefusal(at.node(RESERVED_PREFIX), "reserved-prefix " + reserved + " is not one of"
                    + " the prefix pool's prefixes (a /" + delegatedLength + " inside " + poolPrefix + ")");
            }
            reservations.add(new PrefixReservation6(reserved,
                YangData.text(reservation, CLIENT_DUID).map(Values6::duid)));
        }
        return new PrefixPool6(id, poolPrefix, delegatedLength,
            YangData.number(entry, MAX_PD_SPACE_UTILIZATION).map(Long::intValue)
                .orElse(Pool4.DEFAULT_UTILIZATION_THRESHOLD),
            YangData.texts(entry, OPTION_SET_ID), pool.timers(), pool.rapidCommit(), reservations);
    }

    private static AddressReservation6 addressReservation(Lineage pool, Inet6Address start, Inet6Address end,
            MapEntryNode entry) throws ConfigRefusal {
        YangInstanceIdentifier path = pool.path().node(HOST_RESERVATIONS).node(HOST_RESERVATION).node(entry.name());
        String text = YangData.text(entry, RESERVED_ADDR).orElseThrow();
        Inet6Address address = Values6.address(text, path.node(RESERVED_ADDR));
        if (Values6.compare(address, start) < 0 || Values6.compare(address, end) > 0) {
            throw new ConfigRefusal(path.node(RESERVED_ADDR), "reserved-addr " + Values6.text(address)
                + " is outside its pool (" + Values6.text(start) + " - " + Values6.text(end) + ")");
        }
        Lineage reservation = pool.child("host reservation " + text, path, entry);
        return new AddressReservation6(address, YangData.text(entry, CLIENT_DUID).map(Values6::duid),
            YangData.texts(entry, OPTION_SET_ID), reservation.timers());
    }

    /** An address leaf of a pool, which must lie inside its pool-prefix. */
    private static Inet6Address inside(Ipv6Prefix poolPrefix, MapEntryNode pool, QName leaf,
            YangInstanceIdentifier path) throws ConfigRefusal {
        Inet6Address address = Values6.address(YangData.text(pool, leaf).orElseThrow(), path.node(leaf));
        if (!poolPrefix.contains(address)) {
            throw new ConfigRefusal(path.node(leaf), leaf.getLocalName() + " " + Values6.text(address)
                + " is not inside pool-prefix " + poolPrefix);
        }
        return address;
    }

    private static List<MapEntryNode> reservations(MapEntryNode pool, QName list) {
        return YangData.container(pool, HOST_RESERVATIONS).map(c -> List.copyOf(YangData.entries(c, list)))
            .orElse(List.of());
    }
}
