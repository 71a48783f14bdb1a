package org.takahe.lease.csv;

import java.util.HexFormat;
import java.util.List;

/**
 * The columns of Kea's DHCPv4 memfile, in file order, and its escaping of text fields. Kea reads a file with fewer
 * trailing columns than it knows (older schema versions) and upgrades it, so we write through
 * {@code user_context} and read any prefix that reaches {@code hostname}.
 */
final class KeaLease4Columns {
    static final List<String> ALL = List.of("address", "hwaddr", "client_id", "valid_lifetime", "expire",
        "subnet_id", "fqdn_fwd", "fqdn_rev", "hostname", "state", "user_context", "pool_id");
    static final int REQUIRED = ALL.indexOf("hostname") + 1;
    static final int WRITTEN = ALL.indexOf("user_context") + 1;

    static final int STATE_DEFAULT = 0;
    static final int STATE_DECLINED = 1;
    static final int STATE_EXPIRED_RECLAIMED = 2;

    /** Kea writes a comma inside a field as {@code &#x} and two hex digits (and reads any character so). */
    private static final String ESCAPE = "&#x";

    private KeaLease4Columns() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
                out.append(ESCAPE).append(HexFormat.of().toHexDigits((byte) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Undoes {@link #escape}; an {@code &#x} not followed by two hex digits is left as it is, as Kea does. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(ESCAPE, i) && i + 5 <= text.length()
                    && HexFormat.isHexDigit(text.charAt(i + 3)) && HexFormat.isHexDigit(text.charAt(i + 4))) {
                out.append((char) HexFormat.fromHexDigits(text, i + 3, i + 5));
                i += 5;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
