package org.takahe.dhcp.wire.v6;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.OptionValue;
import org.takahe.dhcp.wire.StandardOptions6;

/**
 * The options of a DHCPv6 message, or of an option that encapsulates options (IA_NA, IAADDR ...), in wire order.
 * A code may appear several times, as IA_NA does; the singular accessors read the first instance. Typed accessors
 * decode on demand and are lenient: an option whose data does not fit its format reads as absent (or is left out
 * of a list), since decoding a message has already checked everything its structure depends on.
 */
public final class Options6 {
    /** How deep options may nest in one message; RFC 8415's deepest is three (IA_NA, IAADDR, STATUS_CODE). */
    public static final int MAX_NESTING = 8;

    private static final Options6 NONE = new Options6(List.of());

    private final List<RawOption6> all;

    private Options6(List<RawOption6> all) {
        this.all = all;
    }

    public static Options6 none() {
        return NONE;
    }

    public static Options6 of(List<RawOption6> options) {
        return options.isEmpty() ? NONE : new Options6(List.copyOf(options));
    }

    public static Options6Builder builder() {
        return new Options6Builder(List.of());
    }

    /** A builder starting with these options. */
    public Options6Builder toBuilder() {
        return new Options6Builder(all);
    }

    /**
     * The options of encoded option data (as found after an IA_NA's fixed fields, say), checked as a message's are.
     *
     * @throws MalformedDhcp6Exception if a length runs past the end or an inner structure is broken
     */
    public static Options6 decode(Octets data) throws MalformedDhcp6Exception {
        return OptionReader6.read(Wire6.buffer(data), 0);
    }

    public List<RawOption6> all() {
        return all;
    }

    public List<RawOption6> all(int code) {
        return all.stream().filter(o -> o.code() == code).toList();
    }

    public Optional<RawOption6> first(int code) {
        return all.stream().filter(o -> o.code() == code).findFirst();
    }

    public boolean contains(int code) {
        return all.stream().anyMatch(o -> o.code() == code);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The first instance of a table-defined option, decoded by the shared option codec. */
    public Optional<OptionValue> value(OptionDefinition definition) {
        return first(definition.code()).flatMap(o -> OptionCodec.decode(definition, o.data()));
    }

    public Optional<Duid> clientId() {
        return data(OptionCode6.CLIENTID).flatMap(Duid::from);
    }

    public Optional<Duid> serverId() {
        return data(OptionCode6.SERVERID).flatMap(Duid::from);
    }

    /** Every IA_NA, in order. */
    public List<IaNa> iaNa() {
        return all(OptionCode6.IA_NA).stream().flatMap(o -> IaNa.from(o.data()).stream()).toList();
    }

    /** Every IA_PD, in order. */
    public List<IaPd> iaPd() {
        return all(OptionCode6.IA_PD).stream().flatMap(o -> IaPd.from(o.data()).stream()).toList();
    }

    /** The IAADDR options at this level (inside an IA_NA's options, say). */
    public List<IaAddress> iaAddresses() {
        return all(OptionCode6.IAADDR).stream().flatMap(o -> IaAddress.from(o.data()).stream()).toList();
    }

    /** The IAPREFIX options at this level (inside an IA_PD's options). */
    public List<IaPrefix> iaPrefixes() {
        return all(OptionCode6.IAPREFIX).stream().flatMap(o -> IaPrefix.from(o.data()).stream()).toList();
    }

    /** The option codes the client asks for (Option Request Option, RFC 8415 §21.7). */
    public List<Integer> oro() {
        return numbers(StandardOptions6.ORO).stream().map(Long::intValue).toList();
    }

    /** The server's preference, 0..255 (RFC 8415 §21.8). */
    public Optional<Integer> preference() {
        return number(StandardOptions6.PREFERENCE).map(Long::intValue);
    }

    /** How long the client has been trying; 0xffff hundredths of a second means "at least that" (§21.9). */
    public Optional<Duration> elapsedTime() {
        return number(StandardOptions6.ELAPSED_TIME).map(hundredths -> Duration.ofMillis(hundredths * 10));
    }

    /** The data of the Relay Message option: an encoded message, see {@link RelayMessage6#relayedMessage()}. */
    public Optional<Octets> relayMessage() {
        return data(OptionCode6.RELAY_MSG);
    }

    /** The address the server allows the client to unicast to (Server Unicast option, §21.12). */
    public Optional<Inet6Address> unicast() {
        return value(StandardOptions6.UNICAST).filter(OptionValue.Address6.class::isInstance)
            .map(v -> ((OptionValue.Address6) v).value());
    }

    public Optional<StatusCode> statusCode() {
        return data(OptionCode6.STATUS_CODE).flatMap(StatusCode::from);
    }

    public boolean rapidCommit() {
        return contains(OptionCode6.RAPID_COMMIT);
    }

    /** Every Vendor-specific Information option, one per enterprise as a rule (§21.17). */
    public List<VendorOptions> vendorOptions() {
        return all(OptionCode6.VENDOR_OPTS).stream().flatMap(o -> VendorOptions.from(o.data()).stream()).toList();
    }

    /** The relay agent's opaque name for the client's interface (§21.18). */
    public Optional<Octets> interfaceId() {
        return data(OptionCode6.INTERFACE_ID);
    }

    public boolean reconfigureAccept() {
        return contains(OptionCode6.RECONF_ACCEPT);
    }

    /** Recursive DNS servers (RFC 3646 §3). */
    public List<Inet6Address> dnsServers() {
        return elements(StandardOptions6.DNS_SERVERS).stream().filter(OptionValue.Address6.class::isInstance)
            .map(v -> ((OptionValue.Address6) v).value()).toList();
    }

    /** The domain search list (RFC 3646 §4), names without the trailing dot. */
    public List<String> domainList() {
        return elements(StandardOptions6.DOMAIN_SEARCH).stream().filter(OptionValue.DomainName.class::isInstance)
            .map(v -> ((OptionValue.DomainName) v).value()).toList();
    }

    /** Seconds until a stateless client asks again (§21.23); 0xffffffff is infinity. */
    public Optional<Long> informationRefreshTime() {
        return number(StandardOptions6.INFORMATION_REFRESH_TIME);
    }

    public Optional<RemoteId> remoteId() {
        return data(OptionCode6.REMOTE_ID).flatMap(RemoteId::from);
    }

    /** The NTP servers of every NTP Server option, in order (RFC 5908); unknown sub-options are skipped. */
    public List<NtpServer> ntpServers() {
        return all(OptionCode6.NTP_SERVER).stream().flatMap(o -> NtpSubOptions.decode(o.data()).stream()).toList();
    }

    public Optional<ClientLinkLayerAddress> clientLinkLayerAddress() {
        return data(OptionCode6.CLIENT_LINKLAYER_ADDR).flatMap(ClientLinkLayerAddress::from);
    }

    /** The SOL_MAX_RT a server sets, in seconds (§21.24). */
    public Optional<Long> solMaxRt() {
        return number(StandardOptions6.SOL_MAX_RT);
    }

    /** The INF_MAX_RT a server sets, in seconds (§21.25). */
    public Optional<Long> infMaxRt() {
        return number(StandardOptions6.INF_MAX_RT);
    }

    /** Bytes these options take on the wire. */
    public int wireLength() {
        return all.stream().mapToInt(RawOption6::wireLength).sum();
    }

    /** Writes every option (code, length, data) at the buffer's position. */
    public void writeTo(ByteBuffer out) {
        for (RawOption6 option : all) {
            out.putShort((short) option.code()).putShort((short) option.data().length())
                .put(option.data().toByteArray());
        }
    }

    /** The options as wire bytes, as they go inside an encapsulating option. */
    public Octets encode() {
        ByteBuffer out = ByteBuffer.allocate(wireLength());
        writeTo(out);
        return Octets.of(out.array());
    }

    private Optional<Octets> data(int code) {
        return first(code).map(RawOption6::data);
    }

    private Optional<Long> number(OptionDefinition definition) {
        return value(definition).filter(OptionValue.Number.class::isInstance)
            .map(v -> ((OptionValue.Number) v).value());
    }

    private List<Long> numbers(OptionDefinition definition) {
        return elements(definition).stream().filter(OptionValue.Number.class::isInstance)
            .map(v -> ((OptionValue.Number) v).value()).toList();
    }

    /** The values of an array option's first instance. */
    private List<OptionValue> elements(OptionDefinition definition) {
        return value(definition).filter(OptionValue.Fields.class::isInstance)
            .map(v -> ((OptionValue.Fields) v).values()).orElse(List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Options6 o && all.equals(o.all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>(all.size());
        all.forEach(o -> shown.add(o.code() + "=" + o.data().toHex()));
        return "Options6" + shown;
    }
}
