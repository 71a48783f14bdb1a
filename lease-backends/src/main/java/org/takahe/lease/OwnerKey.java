package org.takahe.lease;

/**
 * One of the ways a store finds leases by who holds them ({@link LeaseStore#findByOwner}). A lease lists its own
 * in {@link Lease#owners()}; a store indexes every one of them.
 */
public sealed interface OwnerKey {

    /** A DHCPv4 client's chaddr, e.g. "52:54:00:12:34:56". */
    record HardwareAddress(String value) implements OwnerKey {
    }

    /** A DHCPv4 client identifier (option 61) as lower-case hex. */
    record ClientId(String value) implements OwnerKey {
    }

    /** One identity association of a DHCPv6 client: its DUID (lower-case hex), the IAID and IA_NA or IA_PD. */
    record Ia(String duid, long iaid, LeaseType type) implements OwnerKey {
    }

    /** Every IA of a DHCPv6 client, by DUID (lower-case hex). */
    record Duid(String value) implements OwnerKey {
    }
}
