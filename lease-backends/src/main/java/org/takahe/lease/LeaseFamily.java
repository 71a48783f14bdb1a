package org.takahe.lease;

/**
 * DHCPv4 or DHCPv6: each family's engine reclaims and counts only its own leases, though both live in one store.
 */
public enum LeaseFamily {
    V4,
    V6;

    /**
     * The owner under which this family's declined-address placeholders are indexed (an empty hardware address,
     * or an empty DUID); {@link Lease#isDeclined()} tells them from client leases that happen to share it.
     */
    public OwnerKey declinedOwner() {
        return switch (this) {
            case V4 -> new OwnerKey.HardwareAddress(Lease4.DECLINED_HARDWARE_ADDRESS);
            case V6 -> new OwnerKey.Duid(Lease6.DECLINED_DUID);
        };
    }
}
