package org.takahe.dhcp.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.net.Inet6Address;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.Pool4;
import org.takahe.dhcp.config.v6.AddressPool6;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.dhcp.config.v6.PrefixPool6;
import org.takahe.dhcp.config.v6.Timers6;
import org.takahe.lease.LeaseKey;

/** Pools as numbered candidates: index and key map both ways, and huge DHCPv6 pools are computed, never listed. */
class CandidateRangeTest {

    private static Inet6Address v6(String text) {
        return Ipv6Prefix.parseAddress(text);
    }

    private static AddressPool6 addressPool(String first, String last) {
        return new AddressPool6("a", Ipv6Prefix.parse("2001:db8::/32"), v6(first), v6(last), 90, List.of(),
            Timers6.DEFAULTS, false, List.of());
    }

    private static PrefixPool6 prefixPool(String prefix, int delegated) {
        return new PrefixPool6("p", Ipv6Prefix.parse(prefix), delegated, 90, List.of(), Timers6.DEFAULTS, false,
            List.of());
    }

    @Test
    void ipv4PoolNumbersItsAddressesFromTheStart() {
        Pool4Range pool = new Pool4Range(new Pool4("p", ip("198.18.0.250"), ip("198.18.1.4")));
        assertEquals(11, pool.size());
        assertEquals(LeaseKey.v4(ip("198.18.1.0")), pool.candidate(6));
        assertEquals(6, pool.indexOf(LeaseKey.v4(ip("198.18.1.0"))));
        assertEquals(-1, pool.indexOf(LeaseKey.v4(ip("198.18.1.5"))));
        assertEquals(-1, pool.indexOf(LeaseKey.na(0, 0xc6120100L)), "an IPv6 key is never in an IPv4 pool");
    }

    @Test
    void addressPoolCarriesIntoTheHighHalf() {
        AddressPool6Range pool = new AddressPool6Range(addressPool("2001:db8::ffff:ffff:ffff:fffe",
            "2001:db8:0:1::1"));
        assertEquals(4, pool.size());
        assertEquals(LeaseKey.na(v6("2001:db8:0:1::")), pool.candidate(2));
        assertEquals(3, pool.indexOf(LeaseKey.na(v6("2001:db8:0:1::1"))));
        assertEquals(-1, pool.indexOf(LeaseKey.na(v6("2001:db8:0:1::2"))));
        assertEquals(-1, pool.indexOf(LeaseKey.na(v6("2001:db8::ffff:ffff:ffff:fffd"))));
        assertEquals(-1, pool.indexOf(LeaseKey.pd(v6("2001:db8:0:1::"), 64)));
    }

    @Test
    void addressPoolOfAWholeSlash64SaturatesItsSize() {
        AddressPool6Range pool = new AddressPool6Range(addressPool("2001:db8::", "2001:db8::ffff:ffff:ffff:ffff"));
        assertEquals(Long.MAX_VALUE, pool.size());
        assertEquals(LeaseKey.na(v6("2001:db8::7fff:ffff:ffff:fffe")), pool.candidate(Long.MAX_VALUE - 1));
        assertEquals(Long.MAX_VALUE - 1, pool.indexOf(LeaseKey.na(v6("2001:db8::7fff:ffff:ffff:fffe"))));
        assertEquals(-1, pool.indexOf(LeaseKey.na(v6("2001:db8::8000:0:0:1"))), "beyond what a long numbers");
    }

    @Test
    void prefixPoolNumbersItsDelegatedPrefixes() {
        PrefixPool6Range pool = new PrefixPool6Range(prefixPool("2001:db8:100::/48", 56));
        assertEquals(256, pool.size());
        assertEquals(LeaseKey.pd(v6("2001:db8:100:300::"), 56), pool.candidate(3));
        assertEquals(255, pool.indexOf(LeaseKey.pd(v6("2001:db8:100:ff00::"), 56)));
        assertEquals(-1, pool.indexOf(LeaseKey.pd(v6("2001:db8:100:300::"), 64)), "another length");
        assertEquals(-1, pool.indexOf(LeaseKey.pd(v6("2001:db8:101::"), 56)), "outside the pool prefix");
    }

    @Test
    void prefixPoolWithIndexBitsInBothHalves() {
        PrefixPool6Range pool = new PrefixPool6Range(prefixPool("2001:db8::/32", 72));
        assertEquals(1L << 40, pool.size());
        LeaseKey key = pool.candidate((1L << 39) + 0x1ff);
        assertEquals(LeaseKey.pd(v6("2001:db8:8000:1:ff00::"), 72), key);
        assertEquals((1L << 39) + 0x1ff, pool.indexOf(key));
    }

    @Test
    void hugePrefixPoolSaturatesAndStillMapsItsFirstCandidates() {
        PrefixPool6Range pool = new PrefixPool6Range(prefixPool("2001:db8::/32", 128));
        assertEquals(Long.MAX_VALUE, pool.size());
        assertEquals(LeaseKey.pd(v6("2001:db8::5"), 128), pool.candidate(5));
        assertEquals(5, pool.indexOf(LeaseKey.pd(v6("2001:db8::5"), 128)));
        assertTrue(pool.contains(pool.candidate(Long.MAX_VALUE - 1)));
        assertFalse(pool.contains(LeaseKey.pd(v6("2001:db8:0:1::"), 128)), "index needs more than 63 bits");
    }
}
