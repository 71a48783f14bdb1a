package org.takahe.server.config;

import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;

/** The QNames of the takahe-dhcpv4-server and takahe-server nodes the translators read and the state fills. */
public final class ModelNames {
    public static final QNameModule DHCPV4 =
        QNameModule.ofRevision("urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server", "2026-11-25");
    public static final QNameModule SERVER =
        QNameModule.ofRevision("urn:takahe:params:xml:ns:yang:takahe-server", "2026-11-25");

    public static final QName DHCPV4_SERVER = v4("dhcpv4-server");
    public static final QName ENABLED = v4("enabled");
    public static final QName SERVER_ID = v4("server-id");
    public static final QName OPTION_SETS = v4("option-sets");
    public static final QName OPTION_SET = v4("option-set");
    public static final QName OPTION_SET_ID = v4("option-set-id");
    public static final QName ROUTER_OPTION = v4("router-option");
    public static final QName ROUTER = v4("router");
    public static final QName DNS_OPTION = v4("domain-name-server-option");
    public static final QName DNS_SERVER = v4("server");
    public static final QName DOMAIN_NAME_OPTION = v4("domain-name-option");
    public static final QName DOMAIN_NAME = v4("domain-name");
    public static final QName OPTION = v4("option");
    public static final QName CODE = v4("code");
    public static final QName SPACE = v4("space");
    public static final QName DATA = v4("data");
    public static final QName CSV_FORMAT = v4("csv-format");
    public static final QName ALWAYS_SEND = v4("always-send");
    public static final QName NEVER_SEND = v4("never-send");
    public static final QName OPTION_DEFS = v4("option-defs");
    public static final QName OPTION_DEF = v4("option-def");
    public static final QName TYPE = v4("type");
    public static final QName RECORD_TYPES = v4("record-types");
    public static final QName ARRAY = v4("array");
    public static final QName VENDOR_CLASS_SPACE = v4("vendor-class-space");
    public static final QName VENDOR_CLASS = v4("vendor-class");
    public static final QName ALLOCATION_RANGES = v4("allocation-ranges");
    public static final QName ALLOCATION_RANGE = v4("allocation-range");
    public static final QName ID = v4("id");
    public static final QName NETWORK_PREFIX = v4("network-prefix");
    public static final QName SHARED_NETWORKS = v4("shared-networks");
    /** Both the list of shared networks and the allocation range's reference to one. */
    public static final QName SHARED_NETWORK = v4("shared-network");
    public static final QName NAME = v4("name");
    public static final QName CLIENT_CLASSES = v4("client-classes");
    /** Both the list of client classes and the range's and pool's restriction to one. */
    public static final QName CLIENT_CLASS = v4("client-class");
    public static final QName TEST = v4("test");
    public static final QName INTERFACE = v4("interface");
    public static final QName VALID_LIFETIME = v4("valid-lifetime");
    public static final QName RENEW_TIME = v4("renew-time");
    public static final QName REBIND_TIME = v4("rebind-time");
    public static final QName ADDRESS_POOLS = v4("address-pools");
    public static final QName ADDRESS_POOL = v4("address-pool");
    public static final QName POOL_ID = v4("pool-id");
    public static final QName START_ADDRESS = v4("start-address");
    public static final QName END_ADDRESS = v4("end-address");
    public static final QName HOST_RESERVATIONS = v4("host-reservations");
    public static final QName HOST_RESERVATION = v4("host-reservation");
    public static final QName RESERVATION_ID = v4("reservation-id");
    /** The choice of a reservation's identifier leaf; in the data tree its leaves sit under this choice node. */
    public static final QName HOST_IDENTIFIER = v4("host-identifier");
    public static final QName CIRCUIT_ID = v4("circuit-id");
    public static final QName FLEX_ID = v4("flex-id");
    public static final QName RESERVED_ADDR = v4("reserved-addr");
    public static final QName NEXT_SERVER = v4("next-server");
    public static final QName SERVER_HOSTNAME = v4("server-hostname");
    public static final QName BOOT_FILE_NAME = v4("boot-file-name");
    public static final QName AUTHORITATIVE = v4("authoritative");
    public static final QName MATCH_CLIENT_ID = v4("match-client-id");
    public static final QName FLEX_ID_EXPRESSION = v4("flex-id-expression");
    public static final QName OUT_OF_POOL_LEASES = v4("out-of-pool-leases");
    public static final QName ACTIVE_LEASES = v4("active-leases");
    public static final QName TOTAL_COUNT = v4("total-count");
    public static final QName ALLOCATED_COUNT = v4("allocated-count");
    public static final QName ACTIVE_LEASE = v4("active-lease");
    public static final QName LEASED_ADDRESS = v4("leased-address");
    public static final QName HARDWARE_ADDRESS = v4("hardware-address");
    public static final QName CLIENT_ID = v4("client-id");
    public static final QName HOSTNAME = v4("hostname");
    public static final QName ALLOCATION_TIME = v4("allocation-time");
    public static final QName LAST_RENEW = v4("last-renew");
    public static final QName LEASE_T1 = v4("lease-t1");
    public static final QName LEASE_T2 = v4("lease-t2");
    public static final QName STATISTICS = v4("statistics");

    public static final QName SERVER_ROOT = QName.create(SERVER, "server");
    public static final QName INTERFACES_CONFIG = QName.create(SERVER, "interfaces-config");
    public static final QName DHCPV4_INTERFACE = QName.create(SERVER, "dhcpv4-interface");
    public static final QName LEASE_STORE = QName.create(SERVER, "lease-store");
    public static final QName BACKEND = QName.create(SERVER, "backend");
    public static final QName FILE = QName.create(SERVER, "file");
    public static final QName FSYNC = QName.create(SERVER, "fsync");
    public static final QName HOOKS_LIBRARIES = QName.create(SERVER, "hooks-libraries");
    public static final QName CALLOUT_TIMEOUT = QName.create(SERVER, "callout-timeout");
    public static final QName HOOK_LIBRARY = QName.create(SERVER, "hook-library");
    public static final QName HOOK_NAME = QName.create(SERVER, "name");
    public static final QName HOOK_ENABLED = QName.create(SERVER, "enabled");
    public static final QName ON_CALLOUT_FAILURE = QName.create(SERVER, "on-callout-failure");
    public static final QName HOOK_PARAMETER = QName.create(SERVER, "parameter");
    public static final QName PARAMETER_NAME = QName.create(SERVER, "name");
    public static final QName PARAMETER_VALUE = QName.create(SERVER, "value");
    public static final QName HOOK_STATISTICS = QName.create(SERVER, "statistics");
    public static final QName HOOK_CALLOUT = QName.create(SERVER, "callout");
    public static final QName HOOK_POINT = QName.create(SERVER, "hook-point");


    private ModelNames() {
    }

    public static QName v4(String localName) {
        return QName.create(DHCPV4, localName);
    }
}
