package org.takahe.server.config.v6;

import static org.takahe.server.config.v6.Dhcpv6Names.NTP_MULTICAST_ADDRESS;
import static org.takahe.server.config.v6.Dhcpv6Names.NTP_SERVER;
import static org.takahe.server.config.v6.Dhcpv6Names.NTP_SERVER_ADDRESS;
import static org.takahe.server.config.v6.Dhcpv6Names.NTP_SERVER_FQDN;
import static org.takahe.server.config.v6.Dhcpv6Names.TIME_SOURCE;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.wire.Ipv6Bytes;
import org.takahe.dhcp.wire.v6.NtpServer;
import org.takahe.server.config.YangData;

/** Reads an option set's ntp-server-option into the time sources of option 56, in the operator's order. */
final class NtpServerReader {
    private NtpServerReader() {
    }

    static List<NtpServer> read(DataContainerNode ntpServerOption) {
        List<NtpServer> servers = new ArrayList<>();
        for (MapEntryNode entry : YangData.entries(ntpServerOption, NTP_SERVER)) {
            DataContainerNode source = YangData.container(entry, TIME_SOURCE)
                .orElseThrow(() -> new IllegalStateException("time-source is mandatory; the datastore checks it"));
            servers.add(YangData.text(source, NTP_SERVER_ADDRESS).<NtpServer>map(a -> new NtpServer.Address(address(a)))
                .or(() -> YangData.text(source, NTP_MULTICAST_ADDRESS).map(a -> new NtpServer.Multicast(address(a))))
                .or(() -> YangData.text(source, NTP_SERVER_FQDN).map(NtpServerReader::fqdn))
                .orElseThrow(() -> new IllegalStateException("time-source is mandatory; the datastore checks it")));
        }
        return servers;
    }

    /** An ipv6-address-no-zone value, which its type has checked already. */
    private static Inet6Address address(String text) {
        return Ipv6Bytes.fromText(text)
            .orElseThrow(() -> new IllegalStateException(text + " passed the ipv6-address type but is no address"));
    }

    private static NtpServer fqdn(String name) {
        return new NtpServer.Fqdn(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }
}
