package org.takahe.dhcp.wire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The DHCPv4 options the engine reads or writes (RFC 2132, RFC 3046), as a table. */
public final class StandardOptions {
    public static final OptionDefinition SUBNET_MASK =
        new OptionDefinition(1, "subnet-mask", OptionFormat.IPV4_ADDRESS);
    public static final OptionDefinition ROUTERS = new OptionDefinition(3, "routers", OptionFormat.IPV4_ADDRESS_LIST);
    public static final OptionDefinition DOMAIN_NAME_SERVERS =
        new OptionDefinition(6, "domain-name-servers", OptionFormat.IPV4_ADDRESS_LIST);
    public static final OptionDefinition HOST_NAME = new OptionDefinition(12, "host-name", OptionFormat.STRING);
    public static final OptionDefinition DOMAIN_NAME = new OptionDefinition(15, "domain-name", OptionFormat.STRING);
    public static final OptionDefinition REQUESTED_ADDRESS =
        new OptionDefinition(50, "dhcp-requested-address", OptionFormat.IPV4_ADDRESS);
    public static final OptionDefinition LEASE_TIME = new OptionDefinition(51, "dhcp-lease-time", OptionFormat.UINT32);
    public static final OptionDefinition MESSAGE_TYPE =
        new OptionDefinition(53, "dhcp-message-type", OptionFormat.UINT8);
    public static final OptionDefinition SERVER_IDENTIFIER =
        new OptionDefinition(54, "dhcp-server-identifier", OptionFormat.IPV4_ADDRESS);
    public static final OptionDefinition PARAMETER_REQUEST_LIST =
        new OptionDefinition(55, "dhcp-parameter-request-list", OptionFormat.UINT8_LIST);
    /** Text a server sends with a NAK to say why (RFC 2132 §9.9). */
    public static final OptionDefinition MESSAGE = new OptionDefinition(56, "dhcp-message", OptionFormat.STRING);
    public static final OptionDefinition RENEWAL_TIME =
        new OptionDefinition(58, "dhcp-renewal-time", OptionFormat.UINT32);
    public static final OptionDefinition REBINDING_TIME =
        new OptionDefinition(59, "dhcp-rebinding-time", OptionFormat.UINT32);
    public static final OptionDefinition CLIENT_IDENTIFIER =
        new OptionDefinition(61, "dhcp-client-identifier", OptionFormat.BINARY);
    /** Kept raw: the engine only echoes it back to the relay (RFC 3046 §2.2). */
    public static final OptionDefinition RELAY_AGENT_INFORMATION =
        new OptionDefinition(82, "dhcp-agent-options", OptionFormat.BINARY);

    public static final List<OptionDefinition> ALL = List.of(SUBNET_MASK, ROUTERS, DOMAIN_NAME_SERVERS, HOST_NAME,
        DOMAIN_NAME, REQUESTED_ADDRESS, LEASE_TIME, MESSAGE_TYPE, SERVER_IDENTIFIER, PARAMETER_REQUEST_LIST, MESSAGE,
        RENEWAL_TIME, REBINDING_TIME, CLIENT_IDENTIFIER, RELAY_AGENT_INFORMATION);

    private static final Map<Integer, OptionDefinition> BY_CODE =
        ALL.stream().collect(Collectors.toUnmodifiableMap(OptionDefinition::code, Function.identity()));

    private StandardOptions() {
    }

    public static Optional<OptionDefinition> byCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
