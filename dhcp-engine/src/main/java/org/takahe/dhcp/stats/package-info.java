/**
 * Packet and drop counters, readable as an immutable snapshot.
 */
@NullMarked
package org.takahe.dhcp.stats;

import org.jspecify.annotations.NullMarked;
