package org.takahe.dhcp.v6;

import java.net.Inet6Address;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Duid;
import org.takahe.dhcp.wire.v6.IaAddress;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.IaPd;
import org.takahe.dhcp.wire.v6.IaPrefix;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.Options6;
import org.takahe.dhcp.wire.v6.Options6Builder;
import org.takahe.dhcp.wire.v6.RawOption6;
import org.takahe.dhcp.wire.v6.TypedOption6;

/** A DHCPv6 client for tests: a DUID-LL from an Ethernet address numbered n, and the messages it sends. */
public record TestClient6(Duid duid) {
    private static final AtomicInteger XID = new AtomicInteger(0x100);

    public static TestClient6 number(int n) {
        return new TestClient6(Duid.ll(1, Octets.of(new byte[] {2, 0, 0, 0, (byte) (n >> 8), (byte) n})));
    }

    /** A message with this client's identifier and the given options (RawOption6 or TypedOption6). */
    public Dhcp6Message message(MessageType6 type, Object... options) {
        Options6Builder built = Options6.builder().clientId(duid);
        Arrays.stream(options).forEach(o -> add(built, o));
        return new Dhcp6Message(type, XID.incrementAndGet() & 0xffffff, built.build());
    }

    /** The same, naming the server. */
    public Dhcp6Message to(Duid server, MessageType6 type, Object... options) {
        Options6Builder built = Options6.builder().clientId(duid).serverId(server);
        Arrays.stream(options).forEach(o -> add(built, o));
        return new Dhcp6Message(type, XID.incrementAndGet() & 0xffffff, built.build());
    }

    /** A message without Client Identifier. */
    public static Dhcp6Message anonymous(MessageType6 type, Object... options) {
        Options6Builder built = Options6.builder();
        Arrays.stream(options).forEach(o -> add(built, o));
        return new Dhcp6Message(type, XID.incrementAndGet() & 0xffffff, built.build());
    }

    public String duidHex() {
        return duid.toHex();
    }

    public static IaNa iaNa(long iaid, String... addresses) {
        return new IaNa(iaid, 0, 0, Arrays.stream(addresses).map(a -> new IaAddress(V6Configs.ip(a), 0, 0)).toList());
    }

    /** @param prefixes "2001:db8:100::/56" */
    public static IaPd iaPd(long iaid, String... prefixes) {
        return new IaPd(iaid, 0, 0, Arrays.stream(prefixes).map(p -> {
            Ipv6Prefix parsed = Ipv6Prefix.parse(p);
            return new IaPrefix(0, 0, parsed.length(), parsed.networkAddress());
        }).toList(), Optional.empty(), Options6.none());
    }

    public static RawOption6 oro(int... codes) {
        return Options6.builder().oro(Arrays.stream(codes).boxed().toList()).build().all().getFirst();
    }

    public static RawOption6 rapidCommit() {
        return RawOption6.flag(14);
    }

    private static void add(Options6Builder options, Object option) {
        switch (option) {
            case TypedOption6 typed -> options.add(typed);
            case RawOption6 raw -> options.add(raw);
            case Duid server -> options.serverId(server);
            default -> throw new IllegalArgumentException("not an option: " + option);
        }
    }

    public static Inet6Address address(IaNa ia) {
        return ia.addresses().getFirst().address();
    }
}
