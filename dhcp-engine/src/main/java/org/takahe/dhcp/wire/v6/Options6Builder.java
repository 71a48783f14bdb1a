package org.takahe.dhcp.wire.v6;

import java.net.Inet6Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.OptionValue;
import org.takahe.dhcp.wire.StandardOptions6;

/**
 * Collects {@link Options6} in order. {@code add} appends another instance (several IA_NA, say); {@code set} and
 * the named setters replace every instance of the code, keeping the place of the first, because RFC 8415 allows
 * most options only once. Values are our own, so one that cannot be encoded is an IllegalArgumentException.
 */
public final class Options6Builder {
    private final List<RawOption6> options;

    Options6Builder(List<RawOption6> initial) {
        this.options = new ArrayList<>(initial);
    }

    public Options6Builder add(RawOption6 option) {
        options.add(option);
        return this;
    }

    public Options6Builder add(int code, Octets data) {
        return add(new RawOption6(code, data));
    }

    public Options6Builder add(TypedOption6 option) {
        return add(option.toOption());
    }

    public Options6Builder addAll(Options6 more) {
        options.addAll(more.all());
        return this;
    }

    /** Replaces every instance of the option's code with it, at the place of the first (else at the end). */
    public Options6Builder set(RawOption6 option) {
        int at = indexOf(option.code());
        if (at < 0) {
            options.add(option);
            return this;
        }
        options.set(at, option);
        for (int i = options.size() - 1; i > at; i--) {
            if (options.get(i).code() == option.code()) {
                options.remove(i);
            }
        }
        return this;
    }

    public Options6Builder set(TypedOption6 option) {
        return set(option.toOption());
    }

    /** Sets a table-defined option (standard or custom) from its value, through the shared option codec. */
    public Options6Builder set(OptionDefinition definition, OptionValue value) {
        return set(new RawOption6(definition.code(), OptionCodec.encode(definition, value)));
    }

    public Options6Builder remove(int code) {
        options.removeIf(o -> o.code() == code);
        return this;
    }

    public boolean contains(int code) {
        return indexOf(code) >= 0;
    }

    public Options6Builder clientId(Duid duid) {
        return set(new RawOption6(OptionCode6.CLIENTID, duid.bytes()));
    }

    public Options6Builder serverId(Duid duid) {
        return set(new RawOption6(OptionCode6.SERVERID, duid.bytes()));
    }

    /** @param codes at least one */
    public Options6Builder oro(List<Integer> codes) {
        return set(StandardOptions6.ORO, new OptionValue.Fields(codes.stream()
            .<OptionValue>map(c -> new OptionValue.Number(c)).toList()));
    }

    public Options6Builder preference(int preference) {
        return set(StandardOptions6.PREFERENCE, new OptionValue.Number(preference));
    }

    /** Rounded down to hundredths of a second; from 655.35 s on it is 0xffff, as RFC 8415 §21.9 says. */
    public Options6Builder elapsedTime(Duration elapsed) {
        long hundredths = Math.min(0xffff, Math.max(0, elapsed.toMillis() / 10));
        return set(StandardOptions6.ELAPSED_TIME, new OptionValue.Number(hundredths));
    }

    /** The Relay Message option carrying an encoded message. */
    public Options6Builder relayMessage(Dhcp6Packet relayed) {
        return set(new RawOption6(OptionCode6.RELAY_MSG, Octets.of(Dhcp6Codec.encode(relayed).array())));
    }

    public Options6Builder unicast(Inet6Address address) {
        return set(StandardOptions6.UNICAST, new OptionValue.Address6(address));
    }

    public Options6Builder rapidCommit() {
        return set(RawOption6.flag(OptionCode6.RAPID_COMMIT));
    }

    public Options6Builder interfaceId(Octets interfaceId) {
        return set(new RawOption6(OptionCode6.INTERFACE_ID, interfaceId));
    }

    public Options6Builder reconfigureAccept() {
        return set(RawOption6.flag(OptionCode6.RECONF_ACCEPT));
    }

    /** @param servers at least one */
    public Options6Builder dnsServers(List<Inet6Address> servers) {
        return set(StandardOptions6.DNS_SERVERS, new OptionValue.Fields(servers.stream()
            .<OptionValue>map(OptionValue.Address6::new).toList()));
    }

    /** @param domains at least one; each a valid domain name (labels of 1..63 printable ASCII characters) */
    public Options6Builder domainList(List<String> domains) {
        return set(StandardOptions6.DOMAIN_SEARCH, new OptionValue.Fields(domains.stream()
            .map(d -> d.endsWith(".") ? d.substring(0, d.length() - 1) : d)
            .<OptionValue>map(OptionValue.DomainName::new).toList()));
    }

    public Options6Builder informationRefreshTime(long seconds) {
        return set(StandardOptions6.INFORMATION_REFRESH_TIME, new OptionValue.Number(seconds));
    }

    /** One NTP Server option holding these servers as sub-options, in order. */
    public Options6Builder ntpServers(List<NtpServer> servers) {
        return set(new RawOption6(OptionCode6.NTP_SERVER, NtpSubOptions.encode(servers)));
    }

    public Options6Builder solMaxRt(long seconds) {
        return set(StandardOptions6.SOL_MAX_RT, new OptionValue.Number(seconds));
    }

    public Options6Builder infMaxRt(long seconds) {
        return set(StandardOptions6.INF_MAX_RT, new OptionValue.Number(seconds));
    }

    public Options6 build() {
        return Options6.of(options);
    }

    private int indexOf(int code) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).code() == code) {
                return i;
            }
        }
        return -1;
    }
}
