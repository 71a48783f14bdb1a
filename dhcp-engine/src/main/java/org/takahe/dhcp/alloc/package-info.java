/**
 * Address allocation over the LeaseStore SPI: which address a client gets. Knows no transport.
 */
@NullMarked
package org.takahe.dhcp.alloc;

import org.jspecify.annotations.NullMarked;
