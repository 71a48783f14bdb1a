package org.takahe.lease;

/** What a lease leases: an IPv4 address, an IPv6 address (IA_NA) or a delegated IPv6 prefix (IA_PD). */
public enum LeaseType {
    V4(LeaseFamily.V4),
    NA(LeaseFamily.V6),
    PD(LeaseFamily.V6);

    private final LeaseFamily family;

    LeaseType(LeaseFamily family) {
        this.family = family;
    }

    public LeaseFamily family() {
        return family;
    }
}
