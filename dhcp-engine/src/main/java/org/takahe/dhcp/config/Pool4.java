package org.takahe.dhcp.config;

import java.net.Inet4Address;

/** A contiguous range of IPv4 addresses to lease, both ends included. */
public record Pool4(String id, Inet4Address start, Inet4Address end) {
}
