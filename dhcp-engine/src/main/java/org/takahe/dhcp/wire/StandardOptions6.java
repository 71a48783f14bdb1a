package org.takahe.dhcp.wire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard DHCPv6 options (RFC 8415 §21 and the option RFCs) as one table with the names Kea uses, in the
 * "dhcp6" space, plus the sub-options of the NTP server option. Options with an inner structure of their own
 * (IA_NA, IA_PD, IAADDR, IAPREFIX, the relay message) are containers here, as 43 and 82 are for DHCPv4:
 * the engine builds them with the records of org.takahe.dhcp.wire.v6, not from text.
 */
public final class StandardOptions6 {

    /** Every standard option of the dhcp6 space, by code, then the NTP server sub-options. */
    public static final List<OptionDefinition> ALL = List.of(
        single(1, "clientid", OptionDataType.BINARY),
        single(2, "serverid", OptionDataType.BINARY),
        container(3, "ia-na", OptionSpace.DHCP6),
        container(4, "ia-ta", OptionSpace.DHCP6),
        container(5, "iaaddr", OptionSpace.DHCP6),
        arrayOf(6, "oro", OptionDataType.UINT16),
        single(7, "preference", OptionDataType.UINT8),
        // Hundredths of a second since the client began the exchange (RFC 8415 §21.9).
        single(8, "elapsed-time", OptionDataType.UINT16),
        single(9, "relay-msg", OptionDataType.BINARY),
        single(11, "auth", OptionDataType.BINARY),
        single(12, "unicast", OptionDataType.IPV6_ADDRESS),
        record(13, "status-code", OptionDataType.UINT16, OptionDataType.STRING),
        single(14, "rapid-commit", OptionDataType.EMPTY),
        single(15, "user-class", OptionDataType.BINARY),
        record(16, "vendor-class", OptionDataType.UINT32, OptionDataType.BINARY),
        // Enterprise number, then that enterprise's sub-options: built from the dhcp6-vendor-N spaces.
        single(17, "vendor-opts", OptionDataType.BINARY),
        single(18, "interface-id", OptionDataType.BINARY),
        single(19, "reconf-msg", OptionDataType.UINT8),
        single(20, "reconf-accept", OptionDataType.EMPTY),
        arrayOf(21, "sip-server-dns", OptionDataType.FQDN),
        arrayOf(22, "sip-server-addr", OptionDataType.IPV6_ADDRESS),
        arrayOf(23, "dns-servers", OptionDataType.IPV6_ADDRESS),
        arrayOf(24, "domain-search", OptionDataType.FQDN),
        container(25, "ia-pd", OptionSpace.DHCP6),
        container(26, "iaprefix", OptionSpace.DHCP6),
        arrayOf(27, "nis-servers", OptionDataType.IPV6_ADDRESS),
        arrayOf(28, "nisp-servers", OptionDataType.IPV6_ADDRESS),
        arrayOf(29, "nis-domain-name", OptionDataType.FQDN),
        arrayOf(30, "nisp-domain-name", OptionDataType.FQDN),
        arrayOf(31, "sntp-servers", OptionDataType.IPV6_ADDRESS),
        single(32, "information-refresh-time", OptionDataType.UINT32),
        arrayOf(33, "bcmcs-server-dns", OptionDataType.FQDN),
        arrayOf(34, "bcmcs-server-addr", OptionDataType.IPV6_ADDRESS),
        record(37, "remote-id", OptionDataType.UINT32, OptionDataType.BINARY),
        single(38, "subscriber-id", OptionDataType.BINARY),
        // Flags, then a fully qualified name; a partial name (no root label, RFC 4704 §4.2) reads as absent.
        record(39, "client-fqdn", OptionDataType.UINT8, OptionDataType.FQDN),
        arrayOf(40, "pana-agent", OptionDataType.IPV6_ADDRESS),
        single(41, "new-posix-timezone", OptionDataType.STRING),
        single(42, "new-tzdb-timezone", OptionDataType.STRING),
        arrayOf(43, "ero", OptionDataType.UINT16),
        container(56, "ntp-server", OptionSpace.NTP_SERVER6),
        single(57, "access-domain", OptionDataType.FQDN),
        arrayOf(58, "sip-ua-cs-list", OptionDataType.FQDN),
        single(59, "bootfile-url", OptionDataType.STRING),
        // Length-prefixed strings (RFC 5970 §3.2), given as hex.
        single(60, "bootfile-param", OptionDataType.BINARY),
        arrayOf(61, "client-arch-type", OptionDataType.UINT16),
        record(62, "nii", OptionDataType.UINT8, OptionDataType.UINT8, OptionDataType.UINT8),
        single(64, "aftr-name", OptionDataType.FQDN),
        single(65, "erp-local-domain-name", OptionDataType.FQDN),
        // Link-layer type (IANA hardware type), then the address (RFC 6939 §4).
        record(79, "client-linklayer-addr", OptionDataType.UINT16, OptionDataType.BINARY),
        single(82, "solmax-rt", OptionDataType.UINT32),
        single(83, "inf-max-rt", OptionDataType.UINT32),
        single(103, "v6-captive-portal", OptionDataType.STRING),
        new OptionDefinition(1, "ntp-server-address", OptionSpace.NTP_SERVER6, OptionDataType.IPV6_ADDRESS, false,
            List.of(), Optional.empty()),
        new OptionDefinition(2, "ntp-server-multicast", OptionSpace.NTP_SERVER6, OptionDataType.IPV6_ADDRESS, false,
            List.of(), Optional.empty()),
        new OptionDefinition(3, "ntp-server-fqdn", OptionSpace.NTP_SERVER6, OptionDataType.FQDN, false, List.of(),
            Optional.empty()));

    private static final Map<Integer, OptionDefinition> BY_CODE = ALL.stream()
        .filter(d -> d.space().equals(OptionSpace.DHCP6))
        .collect(Collectors.toUnmodifiableMap(OptionDefinition::code, Function.identity()));
    private static final Map<String, OptionDefinition> BY_NAME = ALL.stream()
        .filter(d -> d.space().equals(OptionSpace.DHCP6))
        .collect(Collectors.toUnmodifiableMap(OptionDefinition::name, Function.identity()));

    public static final OptionDefinition ORO = row(6);
    public static final OptionDefinition PREFERENCE = row(7);
    public static final OptionDefinition ELAPSED_TIME = row(8);
    public static final OptionDefinition UNICAST = row(12);
    public static final OptionDefinition DNS_SERVERS = row(23);
    public static final OptionDefinition DOMAIN_SEARCH = row(24);
    public static final OptionDefinition INFORMATION_REFRESH_TIME = row(32);
    public static final OptionDefinition SOL_MAX_RT = row(82);
    public static final OptionDefinition INF_MAX_RT = row(83);

    private StandardOptions6() {
    }

    /** The option of the dhcp6 space with this code. */
    public static Optional<OptionDefinition> byCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The option of the dhcp6 space with this name, e.g. "dns-servers". */
    public static Optional<OptionDefinition> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static OptionDefinition single(int code, String name, OptionDataType type) {
        return new OptionDefinition(code, name, OptionSpace.DHCP6, type, false, List.of(), Optional.empty());
    }

    private static OptionDefinition arrayOf(int code, String name, OptionDataType type) {
        return new OptionDefinition(code, name, OptionSpace.DHCP6, type, true, List.of(), Optional.empty());
    }

    private static OptionDefinition record(int code, String name, OptionDataType... fields) {
        return new OptionDefinition(code, name, OptionSpace.DHCP6, OptionDataType.RECORD, false, List.of(fields),
            Optional.empty());
    }

    private static OptionDefinition container(int code, String name, String subOptionSpace) {
        return new OptionDefinition(code, name, OptionSpace.DHCP6, OptionDataType.EMPTY, false, List.of(),
            Optional.of(subOptionSpace));
    }

    private static OptionDefinition row(int code) {
        return BY_CODE.get(code);
    }
}
