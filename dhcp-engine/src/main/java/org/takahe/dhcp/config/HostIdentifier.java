package org.takahe.dhcp.config;

import org.takahe.dhcp.wire.Octets;

/**
 * What a host reservation recognises its client by: one kind of identifier and its bytes.
 *
 * @param type which identifier of the request is compared
 * @param value the bytes it must equal
 */
public record HostIdentifier(Type type, Octets value) {

    /** The kinds, in the order a request is looked up by them (Kea's default order, without DUID). */
    public enum Type {
        /** chaddr, its first hlen bytes. */
        HARDWARE_ADDRESS("hardware-address"),
        /** Sub-option 1 of the relay agent information option (82). */
        CIRCUIT_ID("circuit-id"),
        /** The client identifier option (61), type octet included. */
        CLIENT_ID("client-id"),
        /** The bytes the subnet's flexible identifier expression yields for the request. */
        FLEX_ID("flex-id");

        private final String yangName;

        Type(String yangName) {
            this.yangName = yangName;
        }

        /** The name of the leaf that configures this kind. */
        public String yangName() {
            return yangName;
        }
    }

    @Override
    public String toString() {
        return type.yangName() + " " + value.toHex();
    }
}
