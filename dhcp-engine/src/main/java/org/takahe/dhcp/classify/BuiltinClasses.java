package org.takahe.dhcp.classify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Octets;

/**
 * Classes that exist without configuration, named as in Kea so operators can reuse their tests: every packet is in
 * {@code ALL}; a packet with a vendor class identifier (option 60) is in {@code VENDOR_CLASS_<its text>}; after the
 * host reservation lookup a client is {@code KNOWN} (a reservation matched) or {@code UNKNOWN}.
 */
public final class BuiltinClasses {
    public static final String ALL = "ALL";
    public static final String KNOWN = "KNOWN";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String VENDOR_CLASS_PREFIX = "VENDOR_CLASS_";
    /** Option 60, the vendor class identifier (RFC 2132 §9.13). */
    public static final int VENDOR_CLASS_IDENTIFIER = 60;

    private BuiltinClasses() {
    }

    /** Whether {@code name} needs no definition: the fixed names and any {@code VENDOR_CLASS_} name. */
    public static boolean isBuiltin(String name) {
        return name.equals(ALL) || name.equals(KNOWN) || name.equals(UNKNOWN) || name.startsWith(VENDOR_CLASS_PREFIX);
    }

    /** The classes a packet has before any configured test runs. */
    public static ClientClasses of(Dhcp4Message message) {
        ClientClasses classes = new ClientClasses(List.of(ALL));
        Optional<String> vendor = vendorClass(message);
        return vendor.isPresent() ? classes.with(VENDOR_CLASS_PREFIX + vendor.get()) : classes;
    }

    private static Optional<String> vendorClass(Dhcp4Message message) {
        return message.options().raw(VENDOR_CLASS_IDENTIFIER).filter(data -> data.length() > 0)
            .map(BuiltinClasses::text);
    }

    private static String text(Octets data) {
        return new String(data.toByteArray(), StandardCharsets.UTF_8);
    }
}
