package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.ALLOCATION_RANGE;
import static org.takahe.server.config.v6.Dhcpv6Names.ALLOCATION_RANGES;
import static org.takahe.server.config.v6.Dhcpv6Names.DHCPV6_INTERFACE;
import static org.takahe.server.config.v6.Dhcpv6Names.DHCPV6_SERVER;
import static org.takahe.server.config.v6.Dhcpv6Names.ENABLED;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_SET_ID;
import static org.takahe.server.config.v6.Dhcpv6Names.SERVER_DUID;
import static org.takahe.server.config.v6.Dhcpv6Names.UNICAST_ADDRESS;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.LeaseLifecycleReader;
import org.takahe.server.config.ModelNames;
import org.takahe.server.config.YangData;

/**
 * The one place ietf-dhcpv6-server data (with takahe-dhcpv6-server's augmentations) becomes the DHCPv6 engine's
 * configuration: reads /dhcpv6-server and the DHCPv6 interfaces of /server out of a whole running tree (defaults
 * filled in by the datastore) and builds the immutable {@link Dhcp6Config}, with every value a level inherits
 * resolved and every option encoded. What the model's must statements cannot check is checked here, so that a
 * configuration the engine could not serve is refused at commit naming its node.
 */
public final class Dhcpv6ConfigTranslator {

    /** Builds the engine's view of the configuration, or says which node it cannot serve and why. */
    public Dhcp6Config translate(ContainerNode root) throws ConfigRefusal {
        Optional<DataContainerNode> server = YangData.container(root, DHCPV6_SERVER);
        if (server.isEmpty()) {
            return Dhcp6Config.DISABLED;
        }
        DataContainerNode v6 = server.orElseThrow();
        List<Inet6Address> unicast = new ArrayList<>();
        for (String address : YangData.texts(v6, UNICAST_ADDRESS)) {
            unicast.add(Values6.address(address, Dhcpv6Paths.server().node(UNICAST_ADDRESS)));
        }
        Optional<DataContainerNode> global = YangData.container(v6, ALLOCATION_RANGES);
        List<Range6> ranges = new ArrayList<>();
        if (global.isPresent()) {
            Lineage top = Lineage.root(global.get());
            // Checked even without ranges, and before them: every range inherits these timers.
            top.timers();
            for (MapEntryNode range : YangData.entries(global.get(), ALLOCATION_RANGE)) {
                ranges.add(RangeReader.read(top, range));
            }
        }
        LayoutCheck.check(ranges);
        return new Dhcp6Config(YangData.bool(v6, ENABLED).orElse(true), interfaces(root),
            YangData.text(v6, SERVER_DUID).map(Values6::duid), unicast, ranges,
            OptionSetReader.read(v6, unicast), global.map(g -> YangData.texts(g, OPTION_SET_ID)).orElse(List.of()),
            LeaseLifecycleReader.expiredLeases(v6, Dhcpv6Names.TAKAHE),
            LeaseLifecycleReader.declineProbation(v6, Dhcpv6Names.TAKAHE));
    }

    private static List<String> interfaces(ContainerNode root) {
        return YangData.container(root, ModelNames.SERVER_ROOT)
            .flatMap(s -> YangData.container(s, ModelNames.INTERFACES_CONFIG))
            .map(c -> YangData.texts(c, DHCPV6_INTERFACE)).orElse(List.of());
    }
}
