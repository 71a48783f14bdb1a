package org.takahe.dhcp.wire;

import java.net.Inet4Address;
import java.util.List;

/** A decoded option value; which variant depends on the definition's {@link OptionFormat}. */
public sealed interface OptionValue {

    /** UINT8, UINT16 or UINT32. */
    record Number(long value) implements OptionValue {
    }

    record Address(Inet4Address value) implements OptionValue {
    }

    record Addresses(List<Inet4Address> values) implements OptionValue {
        public Addresses {
            values = List.copyOf(values);
        }
    }

    record Numbers(List<Integer> values) implements OptionValue {
        public Numbers {
            values = List.copyOf(values);
        }
    }

    record Text(String value) implements OptionValue {
    }

    record Raw(Octets value) implements OptionValue {
    }
}
