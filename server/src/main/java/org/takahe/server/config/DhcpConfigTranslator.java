package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.ADDRESS_POOL;
import static org.takahe.server.config.ModelNames.ADDRESS_POOLS;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGE;
import static org.takahe.server.config.ModelNames.ALLOCATION_RANGES;
import static org.takahe.server.config.ModelNames.DHCPV4_INTERFACE;
import static org.takahe.server.config.ModelNames.DHCPV4_SERVER;
import static org.takahe.server.config.ModelNames.DNS_OPTION;
import static org.takahe.server.config.ModelNames.DNS_SERVER;
import static org.takahe.server.config.ModelNames.DOMAIN_NAME;
import static org.takahe.server.config.ModelNames.DOMAIN_NAME_OPTION;
import static org.takahe.server.config.ModelNames.ENABLED;
import static org.takahe.server.config.ModelNames.END_ADDRESS;
import static org.takahe.server.config.ModelNames.HOST_RESERVATION;
import static org.takahe.server.config.ModelNames.HOST_RESERVATIONS;
import static org.takahe.server.config.ModelNames.ID;
import static org.takahe.server.config.ModelNames.INTERFACES_CONFIG;
import static org.takahe.server.config.ModelNames.NETWORK_PREFIX;
import static org.takahe.server.config.ModelNames.OPTION_SET;
import static org.takahe.server.config.ModelNames.OPTION_SETS;
import static org.takahe.server.config.ModelNames.OPTION_SET_ID;
import static org.takahe.server.config.ModelNames.POOL_ID;
import static org.takahe.server.config.ModelNames.REBIND_TIME;
import static org.takahe.server.config.ModelNames.RENEW_TIME;
import static org.takahe.server.config.ModelNames.ROUTER;
import static org.takahe.server.config.ModelNames.ROUTER_OPTION;
import static org.takahe.server.config.ModelNames.SERVER_ID;
import static org.takahe.server.config.ModelNames.SERVER_ROOT;
import static org.takahe.server.config.ModelNames.START_ADDRESS;
import static org.takahe.server.config.ModelNames.VALID_LIFETIME;

import java.net.Inet4Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.Ipv4Prefix;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.LeaseTimers;
import org.takahe.dhcp.config.Options4;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.Subnet4;

/**
 * The one place YANG configuration becomes engine configuration: reads takahe-dhcpv4-server and
 * takahe-server data out of a whole running tree (with the model's defaults filled in by the
 * datastore) and builds the immutable {@link DhcpConfig}.
 */
public final class DhcpConfigTranslator {

    /** Builds the engine's view of the configuration, or says which node it cannot serve. */
    DhcpConfig translate(ContainerNode root) throws ConfigRefusal {
        Optional<DataContainerNode> server = YangData.container(root, DHCPV4_SERVER);
        List<String> interfaces = YangData.container(root, SERVER_ROOT)
            .flatMap(s -> YangData.container(s, INTERFACES_CONFIG))
            .map(c -> YangData.texts(c, DHCPV4_INTERFACE)).orElse(List.of());
        if (server.isEmpty()) {
            return new DhcpConfig(List.of(), Optional.empty(), List.of());
        }
        DataContainerNode v4 = server.orElseThrow();
        boolean enabled = YangData.bool(v4, ENABLED).orElseThrow();
        Optional<Inet4Address> serverId = YangData.text(v4, SERVER_ID).map(Ipv4::parse);
        Map<String, Options4> optionSets = optionSets(v4);
        List<Subnet4> subnets = new ArrayList<>();
        Optional<DataContainerNode> ranges = YangData.container(v4, ALLOCATION_RANGES);
        if (ranges.isPresent()) {
            DataContainerNode global = ranges.orElseThrow();
            for (MapEntryNode range : YangData.entries(global, ALLOCATION_RANGE)) {
                subnets.add(subnet(global, range, optionSets));
            }
        }
        return new DhcpConfig(enabled ? interfaces : List.of(), serverId, subnets);
    }

    private static Map<String, Options4> optionSets(DataContainerNode v4) {
        Map<String, Options4> sets = new HashMap<>();
        YangData.container(v4, OPTION_SETS).ifPresent(c -> {
            for (MapEntryNode set : YangData.entries(c, OPTION_SET)) {
                List<Inet4Address> routers = YangData.container(set, ROUTER_OPTION)
                    .map(o -> addresses(YangData.texts(o, ROUTER))).orElse(List.of());
                List<Inet4Address> dns = YangData.container(set, DNS_OPTION)
                    .map(o -> addresses(YangData.texts(o, DNS_SERVER))).orElse(List.of());
                Optional<String> domain = YangData.container(set, DOMAIN_NAME_OPTION)
                    .flatMap(o -> YangData.text(o, DOMAIN_NAME));
                sets.put(YangData.text(set, OPTION_SET_ID).orElseThrow(), new Options4(routers, dns, domain));
            }
        });
        return sets;
    }

    private static Subnet4 subnet(DataContainerNode global, MapEntryNode range, Map<String, Options4> optionSets)
            throws ConfigRefusal {
        String id = YangData.text(range, ID).orElseThrow();
        Ipv4Prefix prefix = Ipv4Prefix.parse(YangData.text(range, NETWORK_PREFIX).orElseThrow());
        List<String> setIds = new ArrayList<>(YangData.texts(global, OPTION_SET_ID));
        setIds.addAll(YangData.texts(range, OPTION_SET_ID));
        List<Pool4> pools = new ArrayList<>();
        Optional<DataContainerNode> poolsNode = YangData.container(range, ADDRESS_POOLS);
        if (poolsNode.isPresent()) {
            for (MapEntryNode pool : YangData.entries(poolsNode.orElseThrow(), ADDRESS_POOL)) {
                pools.add(pool(id, pool));
            }
        }
        return new Subnet4(id, prefix, pools, options(setIds, optionSets), timers(global, range));
    }

    private static Pool4 pool(String rangeId, MapEntryNode pool) throws ConfigRefusal {
        String poolId = YangData.text(pool, POOL_ID).orElseThrow();
        YangInstanceIdentifier path = Dhcpv4Paths.pool(rangeId, poolId);
        // Scopes below the subnet arrive with the full DHCPv4 option and reservation work; until
        // then refuse them rather than serve something other than what was configured.
        if (!YangData.texts(pool, OPTION_SET_ID).isEmpty()) {
            throw new ConfigRefusal(path.node(OPTION_SET_ID),
                "option sets on an address pool are not supported yet; reference them on the allocation range");
        }
        boolean reservations = YangData.container(pool, HOST_RESERVATIONS)
            .map(c -> !YangData.entries(c, HOST_RESERVATION).isEmpty()).orElse(false);
        if (reservations) {
            throw new ConfigRefusal(path.node(HOST_RESERVATIONS), "host reservations are not supported yet");
        }
        return new Pool4(poolId, Ipv4.parse(YangData.text(pool, START_ADDRESS).orElseThrow()),
            Ipv4.parse(YangData.text(pool, END_ADDRESS).orElseThrow()));
    }

    /** Later option sets override earlier ones option by option: global first, then the range's. */
    private static Options4 options(List<String> setIds, Map<String, Options4> optionSets) {
        Options4 result = Options4.none();
        for (String setId : setIds) {
            Options4 set = optionSets.get(setId);
            if (set == null) {
                continue; // leafref validation has already refused dangling references
            }
            result = new Options4(set.routers().isEmpty() ? result.routers() : set.routers(),
                set.domainNameServers().isEmpty() ? result.domainNameServers() : set.domainNameServers(),
                set.domainName().or(result::domainName));
        }
        return result;
    }

    private static LeaseTimers timers(DataContainerNode global, MapEntryNode range) {
        long valid = YangData.number(range, VALID_LIFETIME).or(() -> YangData.number(global, VALID_LIFETIME))
            .orElseThrow(() -> new IllegalStateException("valid-lifetime has a default; the datastore fills it"));
        Optional<Long> renew = YangData.number(range, RENEW_TIME).or(() -> YangData.number(global, RENEW_TIME));
        Optional<Long> rebind = YangData.number(range, REBIND_TIME).or(() -> YangData.number(global, REBIND_TIME));
        // Ordering (T1 < T2 < lifetime) is the engine's preflight check, so it is said in one place.
        LeaseTimers derived = LeaseTimers.forLifetime(Duration.ofSeconds(valid));
        return new LeaseTimers(derived.validLifetime(),
            renew.map(Duration::ofSeconds).orElse(derived.renewTime()),
            rebind.map(Duration::ofSeconds).orElse(derived.rebindTime()));
    }

    private static List<Inet4Address> addresses(List<String> texts) {
        return texts.stream().map(Ipv4::parse).toList();
    }
}
