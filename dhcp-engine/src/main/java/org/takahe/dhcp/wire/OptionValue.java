package org.takahe.dhcp.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.List;

/**
 * A decoded option, or one field of it. Which variant a definition gives: a plain option its one field;
 * an array or a record {@link Fields} in wire order; an empty option {@link Empty}; a container the
 * sub-options {@link Raw}.
 */
public sealed interface OptionValue {

    /** Any integer type, signed or not. */
    record Number(long value) implements OptionValue {
    }

    record Flag(boolean value) implements OptionValue {
    }

    record Address(Inet4Address value) implements OptionValue {
    }

    record Address6(Inet6Address value) implements OptionValue {
    }

    record Text(String value) implements OptionValue {
    }

    /** A domain name, dotted, without the trailing dot ("" is the root). */
    record DomainName(String value) implements OptionValue {
    }

    /** A classless static route (RFC 3442): destination network and length, and the router to it. */
    record Route(Inet4Address destination, int prefixLength, Inet4Address router) implements OptionValue {
    }

    record Raw(Octets value) implements OptionValue {
    }

    record Empty() implements OptionValue {
    }

    /** The values of an array or a record, in wire order (a record's repeated last field flattened in). */
    record Fields(List<OptionValue> values) implements OptionValue {
        public Fields {
            values = List.copyOf(values);
        }
    }

    static Fields addresses(List<Inet4Address> addresses) {
        return new Fields(addresses.stream().<OptionValue>map(Address::new).toList());
    }

    static Fields numbers(List<Integer> numbers) {
        return new Fields(numbers.stream().<OptionValue>map(n -> new Number(n)).toList());
    }
}
