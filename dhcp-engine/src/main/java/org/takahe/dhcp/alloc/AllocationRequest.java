package org.takahe.dhcp.alloc;

import java.net.Inet4Address;
import java.util.Optional;
import org.takahe.dhcp.config.Subnet4;

/**
 * What a client asks of the allocator, taken out of the packet so allocation knows no wire format.
 *
 * @param requested the address the client asks for (option 50, or ciaddr when renewing)
 * @param mode whether the answer is a tentative offer or a durable commit
 */
public record AllocationRequest(ClientKey client, Subnet4 subnet, Optional<Inet4Address> requested, Mode mode,
        Optional<String> hostname) {

    /** Kea's fake-allocation flag: DISCOVER only offers, REQUEST commits. */
    public enum Mode {
        OFFER, COMMIT
    }
}
