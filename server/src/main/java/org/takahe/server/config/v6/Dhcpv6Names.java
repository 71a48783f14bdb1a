package org.takahe.server.config.v6;

import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.takahe.server.config.ModelNames;

/**
 * The QNames of the ietf-dhcpv6-server, ietf-dhcpv6-common and takahe-dhcpv6-server nodes the DHCPv6 translator
 * reads. Nodes of RFC 9243's groupings (option containers included) take the namespace of ietf-dhcpv6-server, where
 * they are used; Takahe's augmentations take takahe-dhcpv6-server's.
 */
public final class Dhcpv6Names {
    public static final QNameModule IETF =
        QNameModule.ofRevision("urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server", "2022-06-20");
    public static final QNameModule TAKAHE =
        QNameModule.ofRevision("urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server", "2026-11-25");

    public static final QName DHCPV6_SERVER = ietf("dhcpv6-server");
    public static final QName ENABLED = ietf("enabled");
    public static final QName SERVER_DUID = ietf("server-duid");
    public static final QName OPTION_SETS = ietf("option-sets");
    public static final QName OPTION_SET = ietf("option-set");
    public static final QName OPTION_SET_ID = ietf("option-set-id");
    public static final QName ALLOCATION_RANGES = ietf("allocation-ranges");
    public static final QName ALLOCATION_RANGE = ietf("allocation-range");
    public static final QName ID = ietf("id");
    public static final QName NETWORK_PREFIX = ietf("network-prefix");
    public static final QName VALID_LIFETIME = ietf("valid-lifetime");
    public static final QName PREFERRED_LIFETIME = ietf("preferred-lifetime");
    public static final QName RENEW_TIME = ietf("renew-time");
    public static final QName REBIND_TIME = ietf("rebind-time");
    public static final QName RAPID_COMMIT = ietf("rapid-commit");
    public static final QName ADDRESS_POOLS = ietf("address-pools");
    public static final QName ADDRESS_POOL = ietf("address-pool");
    public static final QName PREFIX_POOLS = ietf("prefix-pools");
    public static final QName PREFIX_POOL = ietf("prefix-pool");
    public static final QName POOL_ID = ietf("pool-id");
    public static final QName POOL_PREFIX = ietf("pool-prefix");
    public static final QName START_ADDRESS = ietf("start-address");
    public static final QName END_ADDRESS = ietf("end-address");
    public static final QName MAX_ADDRESS_UTILIZATION = ietf("max-address-utilization");
    public static final QName CLIENT_PREFIX_LENGTH = ietf("client-prefix-length");
    public static final QName MAX_PD_SPACE_UTILIZATION = ietf("max-pd-space-utilization");
    public static final QName HOST_RESERVATIONS = ietf("host-reservations");
    public static final QName HOST_RESERVATION = ietf("host-reservation");
    public static final QName PREFIX_RESERVATION = ietf("prefix-reservation");
    public static final QName CLIENT_DUID = ietf("client-duid");
    public static final QName RESERVED_ADDR = ietf("reserved-addr");
    public static final QName RESERVED_PREFIX = ietf("reserved-prefix");

    public static final QName PREFERENCE_OPTION = ietf("preference-option");
    public static final QName PREF_VALUE = ietf("pref-value");
    public static final QName AUTH_OPTION = ietf("auth-option");
    public static final QName SERVER_UNICAST_OPTION = ietf("server-unicast-option");
    public static final QName SERVER_ADDRESS = ietf("server-address");
    public static final QName RAPID_COMMIT_OPTION = ietf("rapid-commit-option");
    public static final QName VENDOR_OPTIONS = ietf("vendor-specific-information-options");
    public static final QName VENDOR_OPTION = ietf("vendor-specific-information-option");
    public static final QName ENTERPRISE_NUMBER = ietf("enterprise-number");
    public static final QName VENDOR_OPTION_DATA = ietf("vendor-option-data");
    public static final QName SUB_OPTION_CODE = ietf("sub-option-code");
    public static final QName SUB_OPTION_DATA = ietf("sub-option-data");
    public static final QName RECONFIGURE_MESSAGE_OPTION = ietf("reconfigure-message-option");
    public static final QName RECONFIGURE_ACCEPT_OPTION = ietf("reconfigure-accept-option");
    public static final QName INFO_REFRESH_TIME_OPTION = ietf("info-refresh-time-option");
    public static final QName INFO_REFRESH_TIME = ietf("info-refresh-time");
    public static final QName SOL_MAX_RT_OPTION = ietf("sol-max-rt-option");
    public static final QName SOL_MAX_RT_VALUE = ietf("sol-max-rt-value");
    public static final QName INF_MAX_RT_OPTION = ietf("inf-max-rt-option");
    public static final QName INF_MAX_RT_VALUE = ietf("inf-max-rt-value");

    public static final QName UNICAST_ADDRESS = takahe("unicast-address");
    public static final QName OPTION_DEFS = takahe("option-defs");
    public static final QName OPTION_DEF = takahe("option-def");
    public static final QName CODE = takahe("code");
    public static final QName SPACE = takahe("space");
    public static final QName DNS_SERVERS_OPTION = takahe("dns-servers-option");
    public static final QName DNS_SERVER = takahe("dns-server");
    public static final QName DOMAIN_SEARCH_OPTION = takahe("domain-search-option");
    public static final QName DOMAIN_SEARCH = takahe("domain-search");
    public static final QName NTP_SERVER_OPTION = takahe("ntp-server-option");
    public static final QName NTP_SERVER = takahe("ntp-server");
    public static final QName NAME = takahe("name");
    /** The choice of an NTP server entry's leaf; in the data tree its leaves sit under this choice node. */
    public static final QName TIME_SOURCE = takahe("time-source");
    public static final QName NTP_SERVER_ADDRESS = takahe("server-address");
    public static final QName NTP_MULTICAST_ADDRESS = takahe("multicast-address");
    public static final QName NTP_SERVER_FQDN = takahe("server-fqdn");
    public static final QName CUSTOM_OPTION = takahe("custom-option");
    public static final QName INTERFACE = takahe("interface");

    public static final QName DHCPV6_INTERFACE = QName.create(ModelNames.SERVER, "dhcpv6-interface");

    private Dhcpv6Names() {
    }

    private static QName ietf(String localName) {
        return QName.create(IETF, localName);
    }

    private static QName takahe(String localName) {
        return QName.create(TAKAHE, localName);
    }
}
