package org.takahe.dhcp.wire.v6;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCatalogue;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionKey;
import org.takahe.dhcp.wire.OptionSpace;
import org.takahe.dhcp.wire.OptionValue;

/** The sub-options of the NTP Server option, read and written with their rows of the standard table. */
final class NtpSubOptions {
    private NtpSubOptions() {
    }

    /** The servers in an NTP Server option's data, in order; malformed and unknown sub-options are skipped. */
    static List<NtpServer> decode(Octets data) {
        List<RawOption6> subOptions;
        try {
            subOptions = OptionReader6.readFlat(Wire6.buffer(data));
        } catch (MalformedDhcp6Exception e) {
            return List.of();
        }
        List<NtpServer> servers = new ArrayList<>(subOptions.size());
        for (RawOption6 sub : subOptions) {
            value(sub).ifPresent(value -> {
                switch (value) {
                    case OptionValue.Address6 a when sub.code() == NtpServer.ADDRESS ->
                        servers.add(new NtpServer.Address(a.value()));
                    case OptionValue.Address6 a when sub.code() == NtpServer.MULTICAST ->
                        servers.add(new NtpServer.Multicast(a.value()));
                    case OptionValue.DomainName d when sub.code() == NtpServer.FQDN ->
                        servers.add(new NtpServer.Fqdn(d.value()));
                    default -> {
                        // Cannot happen while the table's rows match the codes; skipped like an unknown one.
                    }
                }
            });
        }
        return servers;
    }

    /**
     * The sub-options for these servers.
     *
     * @throws IllegalArgumentException if a name is not a valid domain name
     */
    static Octets encode(List<NtpServer> servers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (NtpServer server : servers) {
            int code = switch (server) {
                case NtpServer.Address a -> NtpServer.ADDRESS;
                case NtpServer.Multicast m -> NtpServer.MULTICAST;
                case NtpServer.Fqdn f -> NtpServer.FQDN;
            };
            OptionValue value = switch (server) {
                case NtpServer.Address a -> new OptionValue.Address6(a.address());
                case NtpServer.Multicast m -> new OptionValue.Address6(m.address());
                case NtpServer.Fqdn f -> new OptionValue.DomainName(f.name());
            };
            byte[] data = OptionCodec.encode(OptionCatalogue.standard().find(key(code)).orElseThrow(), value)
                .toByteArray();
            out.writeBytes(ByteBuffer.allocate(4).putShort((short) code).putShort((short) data.length).array());
            out.writeBytes(data);
        }
        return Octets.of(out.toByteArray());
    }

    private static Optional<OptionValue> value(RawOption6 sub) {
        return OptionCatalogue.standard().find(key(sub.code()))
            .flatMap(definition -> OptionCodec.decode(definition, sub.data()));
    }

    private static OptionKey key(int code) {
        return new OptionKey(OptionSpace.NTP_SERVER6, code);
    }
}
