/**
 * Allocation over the LeaseStore SPI, one engine for both families: which IPv4 address a DHCPv4 client, or which
 * IPv6 address or delegated prefix an IA of a DHCPv6 client, gets; and reclamation of expired leases. Knows no
 * transport and no wire format.
 */
@NullMarked
package org.takahe.dhcp.alloc;

import org.jspecify.annotations.NullMarked;
