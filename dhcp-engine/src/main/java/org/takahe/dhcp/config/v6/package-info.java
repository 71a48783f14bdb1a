/**
 * The DHCPv6 configuration the engine serves from (RFC 9243's allocation ranges, address and prefix pools, host
 * reservations and option sets), as immutable records with every inherited value already resolved by the server's
 * translator.
 */
package org.takahe.dhcp.config.v6;
