package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.AUTH_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.DNS_SERVER;
import static org.takahe.server.config.v6.Dhcpv6Names.DNS_SERVERS_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.DOMAIN_SEARCH;
import static org.takahe.server.config.v6.Dhcpv6Names.DOMAIN_SEARCH_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.INFO_REFRESH_TIME;
import static org.takahe.server.config.v6.Dhcpv6Names.INFO_REFRESH_TIME_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.INF_MAX_RT_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.INF_MAX_RT_VALUE;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_SET;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_SETS;
import static org.takahe.server.config.v6.Dhcpv6Names.OPTION_SET_ID;
import static org.takahe.server.config.v6.Dhcpv6Names.PREFERENCE_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.PREF_VALUE;
import static org.takahe.server.config.v6.Dhcpv6Names.RAPID_COMMIT_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.RECONFIGURE_ACCEPT_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.RECONFIGURE_MESSAGE_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.SERVER_ADDRESS;
import static org.takahe.server.config.v6.Dhcpv6Names.SERVER_UNICAST_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.SOL_MAX_RT_OPTION;
import static org.takahe.server.config.v6.Dhcpv6Names.SOL_MAX_RT_VALUE;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.config.v6.Option6;
import org.takahe.dhcp.config.v6.OptionSet6;
import org.takahe.dhcp.wire.v6.Options6Builder;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.dhcp.wire.v6.RawOption6;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.YangData;

/**
 * Reads /dhcpv6-server/option-sets into {@link OptionSet6}s: RFC 9243's option containers, Takahe's DNS, domain
 * search and NTP containers and the custom options, each encoded to its wire bytes by the DHCPv6 option builders.
 * An option set gives each option once; a second source of the same option is refused naming it.
 */
final class OptionSetReader {
    /** RFC 8415, Sections 21.24 and 21.25: clients ignore SOL_MAX_RT and INF_MAX_RT values outside this range. */
    private static final long MIN_MAX_RT = 60;
    private static final long MAX_MAX_RT = 86400;

    private OptionSetReader() {
    }

    /**
     * @param unicastAddresses the server's unicast-address list, which a server unicast option must come from
     * @return every option set by id
     */
    static Map<String, OptionSet6> read(DataContainerNode v6, List<Inet6Address> unicastAddresses)
            throws ConfigRefusal {
        CustomOptions custom = CustomOptions.read(v6);
        Map<String, OptionSet6> sets = new HashMap<>();
        Optional<DataContainerNode> container = YangData.container(v6, OPTION_SETS);
        for (MapEntryNode set : container.map(c -> YangData.entries(c, OPTION_SET)).orElse(List.of())) {
            OptionSet6 read = new SetReader(set, Dhcpv6Paths.entry(Dhcpv6Paths.server(), OPTION_SETS, OPTION_SET,
                set)).read(custom, unicastAddresses);
            sets.put(read.id(), read);
        }
        return sets;
    }

    /** One option set: its options so far, and which node gave each code, for the refusal of a second one. */
    private static final class SetReader {
        private final MapEntryNode set;
        private final YangInstanceIdentifier path;
        private final Options6Builder options = Options6.builder();
        private final Map<Integer, String> sources = new HashMap<>();

        SetReader(MapEntryNode set, YangInstanceIdentifier path) {
            this.set = set;
            this.path = path;
        }

        OptionSet6 read(CustomOptions custom, List<Inet6Address> unicastAddresses) throws ConfigRefusal {
            refuseUnsupported();
            number(PREFERENCE_OPTION, PREF_VALUE, value -> Options6.builder().preference((int) value));
            Optional<Inet6Address> unicast = serverUnicast(unicastAddresses);
            if (unicast.isPresent()) {
                add(SERVER_UNICAST_OPTION, Options6.builder().unicast(unicast.get()));
            }
            number(INFO_REFRESH_TIME_OPTION, INFO_REFRESH_TIME,
                value -> Options6.builder().informationRefreshTime(value));
            maxRt(SOL_MAX_RT_OPTION, SOL_MAX_RT_VALUE, value -> Options6.builder().solMaxRt(value));
            maxRt(INF_MAX_RT_OPTION, INF_MAX_RT_VALUE, value -> Options6.builder().infMaxRt(value));
            addDnsOptions();
            addNtpOption();
            CustomOptions.Encoded encoded = custom.encode(set, path);
            // One option 17 per enterprise (RFC 8415, Section 21.17), so the code repeats here on purpose.
            for (RawOption6 vendor : VendorOptionReader.read(set, encoded.vendorSubOptions(), path)) {
                sources.put(vendor.code(), Dhcpv6Names.VENDOR_OPTIONS.getLocalName());
                options.add(vendor);
            }
            for (CustomOptions.Entry entry : encoded.options()) {
                add(entry.path(), entry.option());
            }
            List<Option6> all = options.build().all().stream()
                .map(o -> new Option6(o.code(), o.data().toByteArray())).toList();
            return new OptionSet6(YangData.text(set, OPTION_SET_ID).orElseThrow(), all,
                YangData.container(set, RAPID_COMMIT_OPTION).isPresent());
        }

        /** RFC 9243 options Takahe does not send: refused rather than silently left out. */
        private void refuseUnsupported() throws ConfigRefusal {
            if (YangData.container(set, AUTH_OPTION).isPresent()) {
                throw new ConfigRefusal(path.node(AUTH_OPTION), "the authentication option (11) is not supported");
            }
            if (YangData.container(set, RECONFIGURE_MESSAGE_OPTION).isPresent()) {
                throw new ConfigRefusal(path.node(RECONFIGURE_MESSAGE_OPTION), "the reconfigure message option (19)"
                    + " belongs in Reconfigure messages, which this server does not send");
            }
            if (YangData.container(set, RECONFIGURE_ACCEPT_OPTION).isPresent()) {
                throw new ConfigRefusal(path.node(RECONFIGURE_ACCEPT_OPTION), "the reconfigure accept option (20)"
                    + " tells clients to accept Reconfigure messages, which this server does not send");
            }
        }

        private void addDnsOptions() throws ConfigRefusal {
            List<String> servers = YangData.container(set, DNS_SERVERS_OPTION)
                .map(c -> YangData.texts(c, DNS_SERVER)).orElse(List.of());
            if (!servers.isEmpty()) {
                List<Inet6Address> addresses = new ArrayList<>();
                for (String server : servers) {
                    addresses.add(Values6.address(server, path.node(DNS_SERVERS_OPTION)));
                }
                add(DNS_SERVERS_OPTION, Options6.builder().dnsServers(addresses));
            }
            List<String> domains = YangData.container(set, DOMAIN_SEARCH_OPTION)
                .map(c -> YangData.texts(c, DOMAIN_SEARCH)).orElse(List.of());
            if (!domains.isEmpty()) {
                try {
                    add(DOMAIN_SEARCH_OPTION, Options6.builder().domainList(domains));
                } catch (IllegalArgumentException e) {
                    throw new ConfigRefusal(path.node(DOMAIN_SEARCH_OPTION), e.getMessage());
                }
            }
        }

        private void addNtpOption() throws ConfigRefusal {
            Optional<DataContainerNode> ntp = YangData.container(set, Dhcpv6Names.NTP_SERVER_OPTION);
            if (ntp.isEmpty()) {
                return;
            }
            try {
                add(Dhcpv6Names.NTP_SERVER_OPTION, Options6.builder().ntpServers(NtpServerReader.read(ntp.get())));
            } catch (IllegalArgumentException badName) {
                throw new ConfigRefusal(path.node(Dhcpv6Names.NTP_SERVER_OPTION), badName.getMessage());
            }
        }

        private Optional<Inet6Address> serverUnicast(List<Inet6Address> unicastAddresses) throws ConfigRefusal {
            Optional<String> text = YangData.container(set, SERVER_UNICAST_OPTION)
                .flatMap(c -> YangData.text(c, SERVER_ADDRESS));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            YangInstanceIdentifier at = path.node(SERVER_UNICAST_OPTION).node(SERVER_ADDRESS);
            Inet6Address address = Values6.address(text.get(), at);
            if (!unicastAddresses.contains(address)) {
                throw new ConfigRefusal(at, "server-address " + Values6.text(address) + " is not one of the"
                    + " server's unicast-address values, so clients told to use it would not be answered");
            }
            return Optional.of(address);
        }

        /** A container's numeric leaf, when set, as the option {@code build} makes of it. */
        private void number(QName container, QName leaf, LongFunction<Options6Builder> build) throws ConfigRefusal {
            Optional<Long> value = YangData.container(set, container).flatMap(c -> YangData.number(c, leaf));
            if (value.isPresent()) {
                add(container, build.apply(value.get()));
            }
        }

        private void maxRt(QName container, QName leaf, LongFunction<Options6Builder> build) throws ConfigRefusal {
            Optional<Long> value = YangData.container(set, container).flatMap(c -> YangData.number(c, leaf));
            if (value.isPresent() && (value.get() < MIN_MAX_RT || value.get() > MAX_MAX_RT)) {
                throw new ConfigRefusal(path.node(container).node(leaf), leaf.getLocalName() + " " + value.get()
                    + " is outside " + MIN_MAX_RT + ".." + MAX_MAX_RT + " s, so clients would ignore it"
                    + " (RFC 8415, Sections 21.24 and 21.25)");
            }
            number(container, leaf, build);
        }

        /** Adds the one option a builder holds, given by the container {@code source}. */
        private void add(QName source, Options6Builder single) throws ConfigRefusal {
            add(path.node(source), single.build().all().getFirst());
        }

        private void add(YangInstanceIdentifier source, RawOption6 option) throws ConfigRefusal {
            String earlier = sources.putIfAbsent(option.code(), source.getLastPathArgument().getNodeType()
                .getLocalName());
            if (earlier != null) {
                throw new ConfigRefusal(source, "option set " + YangData.text(set, OPTION_SET_ID).orElseThrow()
                    + " already gives option " + option.code() + " in " + earlier + "; give it once");
            }
            options.add(option);
        }
    }
}
