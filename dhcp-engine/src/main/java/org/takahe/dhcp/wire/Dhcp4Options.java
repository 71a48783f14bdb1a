package org.takahe.dhcp.wire;

import java.net.Inet4Address;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of a message, in wire order, at most one entry per code. Typed accessors decode on
 * demand through {@link OptionCodec}; a value that does not fit its format reads as absent.
 */
public record Dhcp4Options(List<RawOption> all) {

    public Dhcp4Options {
        all = List.copyOf(all);
        Set<Integer> seen = new HashSet<>();
        for (RawOption option : all) {
            if (!seen.add(option.code())) {
                throw new IllegalArgumentException("option " + option.code() + " appears twice; join the data instead");
            }
        }
    }

    public static Dhcp4Options none() {
        return new Dhcp4Options(List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Octets> raw(int code) {
        return all.stream().filter(o -> o.code() == code).findFirst().map(RawOption::data);
    }

    public Optional<OptionValue> value(OptionDefinition definition) {
        return raw(definition.code()).flatMap(data -> OptionCodec.decode(definition, data));
    }

    public Optional<MessageType> messageType() {
        return number(StandardOptions.MESSAGE_TYPE).flatMap(MessageType::fromCode);
    }

    public Optional<Inet4Address> requestedAddress() {
        return address(StandardOptions.REQUESTED_ADDRESS);
    }

    public Optional<Inet4Address> serverIdentifier() {
        return address(StandardOptions.SERVER_IDENTIFIER);
    }

    public Optional<Octets> clientIdentifier() {
        return raw(StandardOptions.CLIENT_IDENTIFIER.code()).filter(id -> id.length() > 0);
    }

    public Optional<String> hostName() {
        return text(StandardOptions.HOST_NAME);
    }

    public List<Integer> parameterRequestList() {
        return elements(StandardOptions.PARAMETER_REQUEST_LIST, OptionValue.Number.class).stream()
            .map(n -> (int) n.value()).toList();
    }

    /** The longest DHCP message (IP and UDP headers included) the client accepts (option 57). */
    public Optional<Integer> maximumMessageSize() {
        return number(StandardOptions.MAX_MESSAGE_SIZE).map(Long::intValue);
    }

    /** The vendor class identifier (option 60), e.g. "PXEClient:Arch:00007:UNDI:003016". */
    public Optional<String> vendorClass() {
        return text(StandardOptions.VENDOR_CLASS);
    }

    public Optional<Duration> leaseTime() {
        return seconds(StandardOptions.LEASE_TIME);
    }

    public Optional<Duration> renewalTime() {
        return seconds(StandardOptions.RENEWAL_TIME);
    }

    public Optional<Duration> rebindingTime() {
        return seconds(StandardOptions.REBINDING_TIME);
    }

    public Optional<Inet4Address> subnetMask() {
        return address(StandardOptions.SUBNET_MASK);
    }

    public List<Inet4Address> routers() {
        return addresses(StandardOptions.ROUTERS);
    }

    public List<Inet4Address> domainNameServers() {
        return addresses(StandardOptions.DOMAIN_NAME_SERVERS);
    }

    public Optional<String> domainName() {
        return text(StandardOptions.DOMAIN_NAME);
    }

    public Optional<RelayAgentInformation> relayAgentInformation() {
        return raw(StandardOptions.RELAY_AGENT_INFORMATION.code()).map(RelayAgentInformation::parse);
    }

    /** The subnet selection option (118, RFC 3011). */
    public Optional<Inet4Address> subnetSelection() {
        return address(StandardOptions.SUBNET_SELECTION);
    }

    private <V extends OptionValue> Optional<V> get(OptionDefinition definition, Class<V> type) {
        return value(definition).filter(type::isInstance).map(type::cast);
    }

    private Optional<Long> number(OptionDefinition definition) {
        return get(definition, OptionValue.Number.class).map(OptionValue.Number::value);
    }

    private Optional<Duration> seconds(OptionDefinition definition) {
        return number(definition).map(Duration::ofSeconds);
    }

    private Optional<Inet4Address> address(OptionDefinition definition) {
        return get(definition, OptionValue.Address.class).map(OptionValue.Address::value);
    }

    private List<Inet4Address> addresses(OptionDefinition definition) {
        return elements(definition, OptionValue.Address.class).stream().map(OptionValue.Address::value).toList();
    }

    /** The elements of an array option that are of the given variant (all of them, for a well-formed one). */
    private <V extends OptionValue> List<V> elements(OptionDefinition definition, Class<V> type) {
        return get(definition, OptionValue.Fields.class).map(f -> f.values().stream().filter(type::isInstance)
            .map(type::cast).toList()).orElse(List.of());
    }

    private Optional<String> text(OptionDefinition definition) {
        return get(definition, OptionValue.Text.class).map(OptionValue.Text::value);
    }

    /** Collects options in insertion order; setting a code again replaces its data in place. */
    public static final class Builder {
        private final Map<Integer, Octets> options = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder set(OptionDefinition definition, OptionValue value) {
            return raw(definition.code(), OptionCodec.encode(definition, value));
        }

        /** Whether an option with this code has been set. */
        public boolean contains(int code) {
            return options.containsKey(code);
        }

        public Builder raw(int code, Octets data) {
            options.put(code, data);
            return this;
        }

        public Builder messageType(MessageType type) {
            return set(StandardOptions.MESSAGE_TYPE, new OptionValue.Number(type.code()));
        }

        public Builder address(OptionDefinition definition, Inet4Address address) {
            return set(definition, new OptionValue.Address(address));
        }

        public Builder addresses(OptionDefinition definition, List<Inet4Address> addresses) {
            return set(definition, OptionValue.addresses(addresses));
        }

        public Builder seconds(OptionDefinition definition, Duration duration) {
            return set(definition, new OptionValue.Number(duration.toSeconds()));
        }

        public Builder text(OptionDefinition definition, String text) {
            return set(definition, new OptionValue.Text(text));
        }

        public Dhcp4Options build() {
            return new Dhcp4Options(options.entrySet().stream()
                .map(e -> new RawOption(e.getKey(), e.getValue())).toList());
        }
    }
}
