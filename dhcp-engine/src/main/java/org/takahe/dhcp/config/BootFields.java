package org.takahe.dhcp.config;

import java.net.Inet4Address;
import java.util.Optional;

/**
 * The BOOTP fields a reply may carry for network boot (RFC 2131 §2): siaddr, sname and file.
 *
 * @param nextServer the server to boot from, sent as siaddr
 * @param serverHostname sent in sname (at most 63 bytes, so a terminating NUL fits)
 * @param bootFileName sent in file (at most 127 bytes)
 */
public record BootFields(Optional<Inet4Address> nextServer, Optional<String> serverHostname,
        Optional<String> bootFileName) {
    public static final int MAX_SERVER_HOSTNAME_BYTES = 63;
    public static final int MAX_BOOT_FILE_NAME_BYTES = 127;

    public static BootFields none() {
        return new BootFields(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These fields, each replaced by the other's where the other sets it. */
    public BootFields overriddenBy(BootFields other) {
        return new BootFields(other.nextServer.or(() -> nextServer), other.serverHostname.or(() -> serverHostname),
            other.bootFileName.or(() -> bootFileName));
    }
}
