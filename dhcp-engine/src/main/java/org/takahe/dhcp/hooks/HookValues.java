package org.takahe.dhcp.hooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.api.LeaseInfo;
import org.takahe.dhcp.hooks.api.Packet4;
import org.takahe.dhcp.hooks.api.PacketOptions;
import org.takahe.dhcp.hooks.api.SubnetInfo;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Octets;
import org.takahe.lease.Lease4;

/** Engine values as the SPI's immutable views, and a response's options back from the view a callout edited. */
final class HookValues {
    private HookValues() {
    }

    static Packet4 packet(Dhcp4Message m) {
        return new Packet4(m.op(), m.htype(), m.hops(), m.xid(), m.secs(), m.flags(), m.ciaddr(), m.yiaddr(),
            m.siaddr(), m.giaddr(), m.hardwareAddress().toColonHex(), text(m.sname()), text(m.file()),
            options(m.options()));
    }

    static SubnetInfo subnet(Subnet4 subnet) {
        return new SubnetInfo(subnet.id(), subnet.prefix().networkAddress(), subnet.prefix().length());
    }

    static List<SubnetInfo> subnets(List<Subnet4> subnets) {
        List<SubnetInfo> views = new ArrayList<>(subnets.size());
        subnets.forEach(s -> views.add(subnet(s)));
        return List.copyOf(views);
    }

    static LeaseInfo lease(Lease4 lease) {
        return new LeaseInfo(lease.address(), lease.hardwareAddress(), lease.clientId(), lease.subnetId(),
            lease.allocated(), lease.expires(), lease.hostname());
    }

    static PacketOptions options(Dhcp4Options options) {
        Map<Integer, byte[]> raw = new LinkedHashMap<>();
        options.all().forEach(o -> raw.put(o.code(), o.data().toByteArray()));
        return PacketOptions.of(raw);
    }

    /** A fixed-size text field up to its first NUL; bytes above 127 kept as Latin-1 so nothing is lost. */
    private static String text(Octets field) {
        byte[] bytes = field.toByteArray();
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }
}
