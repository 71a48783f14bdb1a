/**
 * The DHCPv6 engine (RFC 8415): {@link org.takahe.dhcp.v6.Dhcp6Engine} as the server wires it, its settings,
 * statistics and event listener.
 */
@NullMarked
package org.takahe.dhcp.v6;

import org.jspecify.annotations.NullMarked;
