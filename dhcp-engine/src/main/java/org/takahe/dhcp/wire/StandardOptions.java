package org.takahe.dhcp.wire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard DHCPv4 options (RFC 2132 and later RFCs), as one table with the names and types Kea uses, so
 * an operator's Kea option data reads the same here. Named constants pick out the rows the engine itself
 * reads or writes.
 */
public final class StandardOptions {

    /** Every standard option of the dhcp4 space, by code. */
    public static final List<OptionDefinition> ALL = List.of(
        single(1, "subnet-mask", OptionDataType.IPV4_ADDRESS),
        single(2, "time-offset", OptionDataType.INT32),
        arrayOf(3, "routers", OptionDataType.IPV4_ADDRESS),
        arrayOf(4, "time-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(5, "name-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(6, "domain-name-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(7, "log-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(8, "cookie-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(9, "lpr-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(10, "impress-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(11, "resource-location-servers", OptionDataType.IPV4_ADDRESS),
        single(12, "host-name", OptionDataType.STRING),
        single(13, "boot-size", OptionDataType.UINT16),
        single(14, "merit-dump", OptionDataType.STRING),
        single(15, "domain-name", OptionDataType.STRING),
        single(16, "swap-server", OptionDataType.IPV4_ADDRESS),
        single(17, "root-path", OptionDataType.STRING),
        single(18, "extensions-path", OptionDataType.STRING),
        single(19, "ip-forwarding", OptionDataType.BOOLEAN),
        single(20, "non-local-source-routing", OptionDataType.BOOLEAN),
        arrayOf(21, "policy-filter", OptionDataType.IPV4_ADDRESS),
        single(22, "max-dgram-reassembly", OptionDataType.UINT16),
        single(23, "default-ip-ttl", OptionDataType.UINT8),
        single(24, "path-mtu-aging-timeout", OptionDataType.UINT32),
        arrayOf(25, "path-mtu-plateau-table", OptionDataType.UINT16),
        single(26, "interface-mtu", OptionDataType.UINT16),
        single(27, "all-subnets-local", OptionDataType.BOOLEAN),
        single(28, "broadcast-address", OptionDataType.IPV4_ADDRESS),
        single(29, "perform-mask-discovery", OptionDataType.BOOLEAN),
        single(30, "mask-supplier", OptionDataType.BOOLEAN),
        single(31, "router-discovery", OptionDataType.BOOLEAN),
        single(32, "router-solicitation-address", OptionDataType.IPV4_ADDRESS),
        arrayOf(33, "static-routes", OptionDataType.IPV4_ADDRESS),
        single(34, "trailer-encapsulation", OptionDataType.BOOLEAN),
        single(35, "arp-cache-timeout", OptionDataType.UINT32),
        single(36, "ieee802-3-encapsulation", OptionDataType.BOOLEAN),
        single(37, "default-tcp-ttl", OptionDataType.UINT8),
        single(38, "tcp-keepalive-interval", OptionDataType.UINT32),
        single(39, "tcp-keepalive-garbage", OptionDataType.BOOLEAN),
        single(40, "nis-domain", OptionDataType.STRING),
        arrayOf(41, "nis-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(42, "ntp-servers", OptionDataType.IPV4_ADDRESS),
        container(43, "vendor-encapsulated-options", OptionSpace.VENDOR_ENCAPSULATED),
        arrayOf(44, "netbios-name-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(45, "netbios-dd-server", OptionDataType.IPV4_ADDRESS),
        single(46, "netbios-node-type", OptionDataType.UINT8),
        single(47, "netbios-scope", OptionDataType.STRING),
        arrayOf(48, "font-servers", OptionDataType.IPV4_ADDRESS),
        arrayOf(49, "x-display-manager", OptionDataType.IPV4_ADDRESS),
        single(50, "dhcp-requested-address", OptionDataType.IPV4_ADDRESS),
        single(51, "dhcp-lease-time", OptionDataType.UINT32),
        single(52, "dhcp-option-overload", OptionDataType.UINT8),
        single(53, "dhcp-message-type", OptionDataType.UINT8),
        single(54, "dhcp-server-identifier", OptionDataType.IPV4_ADDRESS),
        arrayOf(55, "dhcp-parameter-request-list", OptionDataType.UINT8),
        single(56, "dhcp-message", OptionDataType.STRING),
        single(57, "dhcp-max-message-size", OptionDataType.UINT16),
        single(58, "dhcp-renewal-time", OptionDataType.UINT32),
        single(59, "dhcp-rebinding-time", OptionDataType.UINT32),
        single(60, "vendor-class-identifier", OptionDataType.STRING),
        single(61, "dhcp-client-identifier", OptionDataType.BINARY),
        single(62, "nwip-domain-name", OptionDataType.STRING),
        single(63, "nwip-suboptions", OptionDataType.BINARY),
        single(64, "nisplus-domain-name", OptionDataType.STRING),
        arrayOf(65, "nisplus-servers", OptionDataType.IPV4_ADDRESS),
        single(66, "tftp-server-name", OptionDataType.STRING),
        single(67, "boot-file-name", OptionDataType.STRING),
        arrayOf(68, "mobile-ip-home-agent", OptionDataType.IPV4_ADDRESS),
        arrayOf(69, "smtp-server", OptionDataType.IPV4_ADDRESS),
        arrayOf(70, "pop-server", OptionDataType.IPV4_ADDRESS),
        arrayOf(71, "nntp-server", OptionDataType.IPV4_ADDRESS),
        arrayOf(72, "www-server", OptionDataType.IPV4_ADDRESS),
        arrayOf(73, "finger-server", OptionDataType.IPV4_ADDRESS),
        arrayOf(74, "irc-server", OptionDataType.IPV4_ADDRESS),
        arrayOf(75, "streettalk-server", OptionDataType.IPV4_ADDRESS),
        arrayOf(76, "streettalk-directory-assistance-server", OptionDataType.IPV4_ADDRESS),
        single(77, "user-class", OptionDataType.BINARY),
        record(78, "slp-directory-agent", true, OptionDataType.BOOLEAN, OptionDataType.IPV4_ADDRESS),
        record(79, "slp-service-scope", false, OptionDataType.BOOLEAN, OptionDataType.STRING),
        record(81, "fqdn", false, OptionDataType.UINT8, OptionDataType.UINT8, OptionDataType.UINT8,
            OptionDataType.FQDN),
        container(82, "dhcp-agent-options", OptionSpace.RELAY_AGENT),
        arrayOf(85, "nds-servers", OptionDataType.IPV4_ADDRESS),
        single(86, "nds-tree-name", OptionDataType.STRING),
        single(87, "nds-context", OptionDataType.STRING),
        arrayOf(88, "bcms-controller-names", OptionDataType.FQDN),
        arrayOf(89, "bcms-controller-address", OptionDataType.IPV4_ADDRESS),
        single(90, "authenticate", OptionDataType.BINARY),
        single(91, "client-last-transaction-time", OptionDataType.UINT32),
        arrayOf(92, "associated-ip", OptionDataType.IPV4_ADDRESS),
        arrayOf(93, "client-system", OptionDataType.UINT16),
        record(94, "client-ndi", false, OptionDataType.UINT8, OptionDataType.UINT8, OptionDataType.UINT8),
        record(97, "uuid-guid", false, OptionDataType.UINT8, OptionDataType.BINARY),
        single(98, "uap-servers", OptionDataType.STRING),
        single(99, "geoconf-civic", OptionDataType.BINARY),
        single(100, "pcode", OptionDataType.STRING),
        single(101, "tcode", OptionDataType.STRING),
        single(108, "v6-only-preferred", OptionDataType.UINT32),
        arrayOf(112, "netinfo-server-address", OptionDataType.IPV4_ADDRESS),
        single(113, "netinfo-server-tag", OptionDataType.STRING),
        single(114, "v4-captive-portal", OptionDataType.STRING),
        single(116, "auto-config", OptionDataType.UINT8),
        arrayOf(117, "name-service-search", OptionDataType.UINT16),
        single(118, "subnet-selection", OptionDataType.IPV4_ADDRESS),
        arrayOf(119, "domain-search", OptionDataType.FQDN),
        arrayOf(121, "classless-static-route", OptionDataType.CLASSLESS_ROUTE),
        // RFC 3925: enterprise number, length, data, repeated; 125 is built from the "vendor-N" spaces.
        single(124, "vivco-suboptions", OptionDataType.BINARY),
        single(125, "vivso-suboptions", OptionDataType.BINARY),
        arrayOf(136, "pana-agent", OptionDataType.IPV4_ADDRESS),
        single(137, "v4-lost", OptionDataType.FQDN),
        arrayOf(138, "capwap-ac-v4", OptionDataType.IPV4_ADDRESS),
        arrayOf(141, "sip-ua-cs-domains", OptionDataType.FQDN),
        record(146, "rdnss-selection", true, OptionDataType.UINT8, OptionDataType.IPV4_ADDRESS,
            OptionDataType.IPV4_ADDRESS, OptionDataType.FQDN),
        arrayOf(150, "tftp-server-address", OptionDataType.IPV4_ADDRESS),
        single(161, "v4-mud-url", OptionDataType.STRING),
        single(213, "v4-access-domain", OptionDataType.FQDN));

    private static final Map<Integer, OptionDefinition> BY_CODE =
        ALL.stream().collect(Collectors.toUnmodifiableMap(OptionDefinition::code, Function.identity()));
    private static final Map<String, OptionDefinition> BY_NAME =
        ALL.stream().collect(Collectors.toUnmodifiableMap(OptionDefinition::name, Function.identity()));

    public static final OptionDefinition SUBNET_MASK = row(1);
    public static final OptionDefinition ROUTERS = row(3);
    public static final OptionDefinition DOMAIN_NAME_SERVERS = row(6);
    public static final OptionDefinition HOST_NAME = row(12);
    public static final OptionDefinition DOMAIN_NAME = row(15);
    /** Vendor-specific information: sub-options of the space the client's vendor class selects. */
    public static final OptionDefinition VENDOR_SPECIFIC = row(43);
    public static final OptionDefinition REQUESTED_ADDRESS = row(50);
    public static final OptionDefinition LEASE_TIME = row(51);
    /** Says that the file and/or sname fields hold options too (RFC 2132 §9.3). */
    public static final OptionDefinition OPTION_OVERLOAD = row(52);
    public static final OptionDefinition MESSAGE_TYPE = row(53);
    public static final OptionDefinition SERVER_IDENTIFIER = row(54);
    public static final OptionDefinition PARAMETER_REQUEST_LIST = row(55);
    /** Text a server sends with a NAK to say why (RFC 2132 §9.9). */
    public static final OptionDefinition MESSAGE = row(56);
    /** The longest DHCP message the client accepts (RFC 2132 §9.10). */
    public static final OptionDefinition MAX_MESSAGE_SIZE = row(57);
    public static final OptionDefinition RENEWAL_TIME = row(58);
    public static final OptionDefinition REBINDING_TIME = row(59);
    public static final OptionDefinition VENDOR_CLASS = row(60);
    public static final OptionDefinition CLIENT_IDENTIFIER = row(61);
    /** Kept raw and echoed as received (RFC 3046 §2.2); {@link RelayAgentInformation} reads its sub-options. */
    public static final OptionDefinition RELAY_AGENT_INFORMATION = row(82);
    /** The client's subnet named by the client or its agent (RFC 3011); echoed in replies. */
    public static final OptionDefinition SUBNET_SELECTION = row(118);
    /** V-I vendor class (RFC 3925 §3): the enterprises a client speaks for. */
    public static final OptionDefinition VENDOR_IDENTIFYING_CLASS = row(124);
    /** V-I vendor-specific information (RFC 3925 §4). */
    public static final OptionDefinition VENDOR_IDENTIFYING_SPECIFIC = row(125);

    private StandardOptions() {
    }

    public static Optional<OptionDefinition> byCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static Optional<OptionDefinition> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static OptionDefinition single(int code, String name, OptionDataType type) {
        return new OptionDefinition(code, name, type);
    }

    private static OptionDefinition arrayOf(int code, String name, OptionDataType type) {
        return OptionDefinition.arrayOf(code, name, type);
    }

    private static OptionDefinition record(int code, String name, boolean lastRepeats, OptionDataType... fields) {
        return OptionDefinition.record(code, name, lastRepeats, fields);
    }

    private static OptionDefinition container(int code, String name, String subOptionSpace) {
        return OptionDefinition.container(code, name, subOptionSpace);
    }

    private static OptionDefinition row(int code) {
        return BY_CODE.get(code);
    }
}
