package org.takahe.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaseKeyTest {

    private static Inet6Address v6(String literal) {
        return (Inet6Address) InetAddress.ofLiteral(literal);
    }

    @Test
    void textIsTheUsualFormOfEachFamily() {
        assertEquals("198.18.0.10", LeaseKey.v4(Inet4Address.ofLiteral("198.18.0.10")).toString());
        assertEquals("255.255.255.255", LeaseKey.v4(-1).toString());
        assertEquals("2001:db8::10", LeaseKey.na(v6("2001:db8:0:0:0:0:0:10")).toString());
        assertEquals("2001:db8:0:1:1:1:1:1", LeaseKey.na(v6("2001:db8:0:1:1:1:1:1")).toString());
        assertEquals("2001:0:0:1::1", LeaseKey.na(v6("2001:0:0:1:0:0:0:1")).toString());
        // The longest run of zero groups is shortened; of two as long, the first.
        assertEquals("2001:db8:0:0:8000::", LeaseKey.na(v6("2001:db8::8000:0:0:0")).toString());
        assertEquals("2001:db8::8000:0:0:1", LeaseKey.na(v6("2001:db8:0:0:8000:0:0:1")).toString());
        assertEquals("::", LeaseKey.na(0, 0).toString());
        assertEquals("::1", LeaseKey.na(0, 1).toString());
        assertEquals("2001:db8:1:100::/56", LeaseKey.pd(v6("2001:db8:1:100::"), 56).toString());
    }

    @Test
    void addressComesBackAsTheSameInetAddress() {
        assertEquals(v6("2001:db8::8000:0:0:1"), LeaseKey.na(v6("2001:db8::8000:0:0:1")).address());
        assertEquals(Inet4Address.ofLiteral("198.18.255.1"),
            LeaseKey.v4(Inet4Address.ofLiteral("198.18.255.1")).address());
    }

    @Test
    void keysOrderByTypeThenUnsignedAddressThenLength() {
        List<LeaseKey> sorted = new ArrayList<>(List.of(
            LeaseKey.pd(v6("2001:db8::"), 48), LeaseKey.na(v6("ff02::1")), LeaseKey.na(v6("2001:db8::8000:0:0:0")),
            LeaseKey.v4(Inet4Address.ofLiteral("200.0.0.1")), LeaseKey.na(v6("2001:db8::1")),
            LeaseKey.v4(Inet4Address.ofLiteral("10.0.0.1")), LeaseKey.pd(v6("2001:db8::"), 56)));
        sorted.sort(null);
        assertEquals(List.of("10.0.0.1", "200.0.0.1", "2001:db8::1", "2001:db8:0:0:8000::", "ff02::1",
            "2001:db8::/48", "2001:db8::/56"), sorted.stream().map(LeaseKey::toString).toList());
    }

    @Test
    void impossibleKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LeaseKey(LeaseType.NA, 0, 1, 64));
        assertThrows(IllegalArgumentException.class, () -> LeaseKey.pd(v6("2001:db8::1"), 64));
        assertThrows(IllegalArgumentException.class, () -> new LeaseKey(LeaseType.V4, 1, 1, 32));
        assertTrue(LeaseKey.pd(v6("2001:db8::"), 32).prefixLength() == 32);
    }

    @Test
    void equalKeysHashAlike() {
        assertEquals(LeaseKey.na(v6("2001:db8::10")).hashCode(), LeaseKey.na(0x20010db800000000L, 0x10).hashCode());
        assertEquals(LeaseKey.na(v6("2001:db8::10")), LeaseKey.na(0x20010db800000000L, 0x10));
    }
}
