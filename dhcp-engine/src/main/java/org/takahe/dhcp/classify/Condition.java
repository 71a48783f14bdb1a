package org.takahe.dhcp.classify;

import org.takahe.dhcp.wire.Octets;

/** An expression that is true or false: a class test, the first argument of {@code ifelse}. */
public sealed interface Condition extends Expression {

    boolean test(PacketView packet);

    @Override
    default Octets evaluate(PacketView packet) {
        return test(packet) ? ByteStrings.TRUE : ByteStrings.FALSE;
    }

    /** {@code a == b}: the same bytes. */
    record Equal(Value left, Value right) implements Condition {
        @Override
        public boolean test(PacketView packet) {
            return left.evaluate(packet).equals(right.evaluate(packet));
        }
    }

    /** {@code a and b}; b is not evaluated when a is false. */
    record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(PacketView packet) {
            return left.test(packet) && right.test(packet);
        }
    }

    /** {@code a or b}; b is not evaluated when a is true. */
    record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(PacketView packet) {
            return left.test(packet) || right.test(packet);
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public boolean test(PacketView packet) {
            return !operand.test(packet);
        }
    }

    /** {@code option[code].exists}: present, even with no data. */
    record OptionExists(int code) implements Condition {
        @Override
        public boolean test(PacketView packet) {
            return PacketOptions.option(packet.message(), code) != null;
        }
    }

    /** {@code relay4[code].exists}: the relay agent information option (82) carries this sub-option. */
    record RelaySubOptionExists(int code) implements Condition {
        @Override
        public boolean test(PacketView packet) {
            return PacketOptions.relaySubOption(packet.message(), code) != null;
        }
    }

    /** {@code member('name')}: the packet was assigned this class earlier. */
    record Member(String className) implements Condition {
        @Override
        public boolean test(PacketView packet) {
            return packet.classes().contains(className);
        }
    }
}
