package org.takahe.dhcp.wire.v6;

/**
 * DHCPv6 option codes (IANA "DHCPv6 Option Codes"; RFC 8415 §21 unless noted). The names, types and text forms
 * of these and more options are the rows of {@link org.takahe.dhcp.wire.StandardOptions6}.
 */
public final class OptionCode6 {
    public static final int CLIENTID = 1;
    public static final int SERVERID = 2;
    public static final int IA_NA = 3;
    public static final int IA_TA = 4;
    public static final int IAADDR = 5;
    public static final int ORO = 6;
    public static final int PREFERENCE = 7;
    public static final int ELAPSED_TIME = 8;
    public static final int RELAY_MSG = 9;
    public static final int AUTH = 11;
    public static final int UNICAST = 12;
    public static final int STATUS_CODE = 13;
    public static final int RAPID_COMMIT = 14;
    public static final int USER_CLASS = 15;
    public static final int VENDOR_CLASS = 16;
    public static final int VENDOR_OPTS = 17;
    public static final int INTERFACE_ID = 18;
    public static final int RECONF_MSG = 19;
    public static final int RECONF_ACCEPT = 20;
    /** RFC 3646. */
    public static final int DNS_SERVERS = 23;
    /** RFC 3646. */
    public static final int DOMAIN_LIST = 24;
    public static final int IA_PD = 25;
    public static final int IAPREFIX = 26;
    public static final int INFORMATION_REFRESH_TIME = 32;
    /** RFC 4649. */
    public static final int REMOTE_ID = 37;
    /** RFC 4580. */
    public static final int SUBSCRIBER_ID = 38;
    /** RFC 4704. */
    public static final int CLIENT_FQDN = 39;
    /** RFC 5908. */
    public static final int NTP_SERVER = 56;
    /** RFC 6939. */
    public static final int CLIENT_LINKLAYER_ADDR = 79;
    public static final int SOL_MAX_RT = 82;
    public static final int INF_MAX_RT = 83;

    private OptionCode6() {
    }
}
