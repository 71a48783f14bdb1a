/**
 * DHCPv6 configuration: ietf-dhcpv6-server (RFC 9243) data with takahe-dhcpv6-server's augmentations, translated
 * into the engine's {@link org.takahe.dhcp.config.v6.Dhcp6Config} at commit and refused there, naming the node,
 * when the engine could not serve it.
 */
package org.takahe.server.config.v6;
