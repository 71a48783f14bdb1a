package org.takahe.dhcp.wire.v6;

import java.net.Inet6Address;

/**
 * One time source of the NTP Server option (56, RFC 5908 §4), each carried as a sub-option: a unicast address
 * (1), a multicast address (2) or a server name (3, DNS wire format without compression).
 */
public sealed interface NtpServer {
    int ADDRESS = 1;
    int MULTICAST = 2;
    int FQDN = 3;

    record Address(Inet6Address address) implements NtpServer {
    }

    record Multicast(Inet6Address address) implements NtpServer {
    }

    /** @param name dotted, without the trailing dot */
    record Fqdn(String name) implements NtpServer {
    }
}
