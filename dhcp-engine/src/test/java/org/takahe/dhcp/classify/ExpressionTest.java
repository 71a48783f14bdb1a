package org.takahe.dhcp.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.testing.TestConfigs.ip;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.testing.TestPackets;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.dhcp.wire.Dhcp4Options;
import org.takahe.dhcp.wire.Ipv4Bytes;
import org.takahe.dhcp.wire.MessageType;
import org.takahe.dhcp.wire.Octets;

/** What expressions yield for a packet: Kea's semantics, including empty strings for what is missing. */
class ExpressionTest {
    private static final String MAC = "52:54:00:00:00:0a";
    /** Option 82 with circuit-id "eth0/1" (sub-option 1) and remote-id 0x0a0b (sub-option 2). */
    private static final Octets AGENT_INFO = Octets.fromHex("0106657468302f31" + "02020a0b");

    private static Dhcp4Message pxeDiscover() {
        Dhcp4Options options = TestPackets.options(MessageType.DISCOVER)
            .raw(60, ascii("PXEClient:Arch:00000:UNDI:002001"))
            .raw(12, ascii("pxe-host"))
            .raw(3, Octets.fromHex("c6120001c6120002"))
            .raw(77, Octets.empty())
            .raw(82, AGENT_INFO)
            .build();
        return TestPackets.request(MAC, 0x01020304, Ipv4Bytes.ANY, ip("198.18.4.1"), options);
    }

    private static PacketView view(Dhcp4Message message, String... classes) {
        return new PacketView(message, "srv0", ip("198.18.4.1"), ip("198.18.0.1"), 312,
            new ClientClasses(List.of(classes)));
    }

    private static final PacketView PXE = view(pxeDiscover(), "ALL");
    private static final PacketView PLAIN = view(TestPackets.discover(MAC, 7), "ALL");

    private static Octets ascii(String text) {
        return Octets.of(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static Octets value(String expression, PacketView packet) throws ExpressionException {
        return Expression.compileValue(expression).evaluate(packet);
    }

    private static String text(String expression, PacketView packet) throws ExpressionException {
        return new String(value(expression, packet).toByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean test(String expression, PacketView packet) throws ExpressionException {
        return Expression.compileCondition(expression).test(packet);
    }

    @Test
    void literalsAreStringsHexBytesFourByteIntegersAndAddressBytes() throws Exception {
        assertEquals(ascii("PXEClient"), value("'PXEClient'", PLAIN));
        assertEquals(Octets.fromHex("5a7d"), value("0x5a7d", PLAIN));
        assertEquals(Octets.fromHex("0abc"), value("0xabc", PLAIN), "an odd digit count gets a leading 0");
        assertEquals(Octets.fromHex("0000007b"), value("123", PLAIN));
        assertEquals(Octets.fromHex("ffffffff"), value("4294967295", PLAIN));
        assertEquals(Octets.fromHex("c6120001"), value("198.18.0.1", PLAIN));
        assertEquals(Octets.empty(), value("''", PLAIN));
    }

    @Test
    void optionsReadAsBytesOrTextAndMissingOnesAsEmpty() throws Exception {
        assertEquals("PXEClient:Arch:00000:UNDI:002001", text("option[60].text", PXE));
        assertEquals(ascii("pxe-host"), value("option[12].hex", PXE));
        assertEquals(ascii("pxe-host"), value("option[host-name].hex", PXE), "standard options by name");
        assertEquals(Octets.fromHex("c6120001c6120002"), value("option[3].hex", PXE));
        assertEquals("198.18.0.1, 198.18.0.2", text("option[3].text", PXE), "addresses as configured: dotted quads");
        assertEquals("1", text("option[53].text", PXE), "numbers as decimals");
        assertEquals(Octets.empty(), value("option[60].hex", PLAIN));
        assertEquals(Octets.empty(), value("option[60].text", PLAIN));
        assertTrue(test("option[60].exists", PXE));
        assertTrue(test("option[77].exists", PXE), "an empty option exists");
        assertFalse(test("option[60].exists", PLAIN));
    }

    @Test
    void relayAgentSubOptionsReadFromOption82() throws Exception {
        assertEquals("eth0/1", text("relay4[1].text", PXE));
        assertEquals(Octets.fromHex("0a0b"), value("relay4[2].hex", PXE));
        assertTrue(test("relay4[2].exists", PXE));
        assertFalse(test("relay4[6].exists", PXE));
        assertEquals(Octets.empty(), value("relay4[6].hex", PXE));
        assertEquals(Octets.empty(), value("relay4[1].hex", PLAIN), "no option 82 at all");
        assertFalse(test("relay4[1].exists", PLAIN));
    }

    @Test
    void packetFieldsAreBytesAndFourByteNumbers() throws Exception {
        assertEquals(Octets.fromHex("52540000000a"), value("pkt4.mac", PXE));
        assertEquals(Octets.fromHex("00000006"), value("pkt4.hlen", PXE));
        assertEquals(Octets.fromHex("00000001"), value("pkt4.htype", PXE));
        assertEquals(Octets.fromHex("00000000"), value("pkt4.ciaddr", PXE));
        assertEquals(Octets.fromHex("c6120401"), value("pkt4.giaddr", PXE));
        assertEquals(Octets.fromHex("00000000"), value("pkt4.yiaddr", PXE));
        assertEquals(Octets.fromHex("00000000"), value("pkt4.siaddr", PXE));
        assertEquals(Octets.fromHex("00000001"), value("pkt4.msgtype", PXE));
        assertEquals(Octets.fromHex("01020304"), value("pkt4.transid", PXE));
        assertEquals("srv0", text("pkt.iface", PXE));
        assertEquals(Octets.fromHex("c6120401"), value("pkt.src", PXE));
        assertEquals(Octets.fromHex("c6120001"), value("pkt.dst", PXE));
        assertEquals(Octets.fromHex("00000138"), value("pkt.len", PXE));
        assertTrue(test("pkt4.msgtype == 1 and pkt4.htype == 1 and pkt4.giaddr == 198.18.4.1", PXE));
        assertTrue(test("pkt4.mac == 0x52540000000a", PXE));
    }

    @Test
    void substringFollowsKeasPositiveAndNegativeIndexRules() throws Exception {
        assertEquals("foobar", text("substring('foobar', 0, 6)", PLAIN));
        assertEquals("bar", text("substring('foobar', 3, 3)", PLAIN));
        assertEquals("bar", text("substring('foobar', 3, all)", PLAIN));
        assertEquals("ooba", text("substring('foobar', 1, 4)", PLAIN));
        assertEquals("ooba", text("substring('foobar', -5, 4)", PLAIN));
        assertEquals("oba", text("substring('foobar', -1, -3)", PLAIN));
        assertEquals("ob", text("substring('foobar', 4, -2)", PLAIN));
        assertEquals("", text("substring('foobar', 10, 2)", PLAIN), "start past the end");
        assertEquals("", text("substring('foobar', -7, 2)", PLAIN), "start before the beginning");
        assertEquals("foob", text("substring('foobar', 4, -10)", PLAIN), "backwards stops at the first byte");
        assertEquals("ar", text("substring('foobar', 4, 100)", PLAIN), "forwards stops at the last byte");
        assertEquals("", text("substring('foobar', 2, 0)", PLAIN));
        assertEquals("", text("substring('', 0, all)", PLAIN));
        assertTrue(test("substring(option[60].hex, 0, 9) == 'PXEClient'", PXE));
        assertFalse(test("substring(option[60].hex, 0, 9) == 'PXEClient'", PLAIN));
    }

    @Test
    void concatHexstringAndIfelseBuildStrings() throws Exception {
        assertEquals("foobar", text("concat('foo', 'bar')", PLAIN));
        assertEquals("abcdef", text("'ab' + 'cd' + 'ef'", PLAIN));
        assertEquals("52:54:00:00:00:0a", text("hexstring(pkt4.mac, ':')", PLAIN));
        assertEquals("666f6f", text("hexstring('foo', '')", PLAIN));
        assertEquals("", text("hexstring('', '-')", PLAIN));
        assertEquals("pxe", text("ifelse(option[60].exists, 'pxe', 'other')", PXE));
        assertEquals("other", text("ifelse(option[60].exists, 'pxe', 'other')", PLAIN));
        assertEquals("eth0/1-pxe-host", text("relay4[1].text + '-' + option[12].text", PXE));
    }

    @Test
    void logicFollowsPrecedenceNotOverAndOverOr() throws Exception {
        assertTrue(test("'a' == 'a' or 'a' == 'b' and 'b' == 'c'", PLAIN), "(A) or (B and C)");
        assertFalse(test("('a' == 'a' or 'a' == 'b') and 'b' == 'c'", PLAIN));
        assertTrue(test("not 'a' == 'b'", PLAIN), "not binds to the comparison");
        assertFalse(test("not not 'a' == 'b'", PLAIN));
        assertTrue(test("not ('a' == 'b' and 'a' == 'a')", PLAIN));
        assertFalse(test("'a' == 'a' and not option[60].exists", PXE));
        assertEquals(ascii("true"), Expression.compile("'x' == 'x'").evaluate(PLAIN), "conditions are 'true'/'false'");
        assertEquals(ascii("false"), Expression.compile("'x' == 'y'").evaluate(PLAIN));
    }

    @Test
    void memberKnownAndUnknownAskTheClassesAssignedSoFar() throws Exception {
        PacketView known = view(pxeDiscover(), "ALL", "KNOWN", "pxe");
        assertTrue(test("member('pxe')", known));
        assertFalse(test("member('pxe')", PXE));
        assertTrue(test("member('ALL')", PXE));
        assertTrue(test("known", known));
        assertFalse(test("unknown", known));
        assertTrue(test("unknown", PXE));
        assertEquals(Set.of("pxe", "KNOWN"), Expression.compile("member('pxe') and not known").memberReferences());
        assertEquals(Set.of("a", "b"), Expression.compile("ifelse(member('a'), 'x', substring(ifelse(member('b'), "
            + "'1', '2'), 0, all)) == 'x'").memberReferences());
        assertEquals(Set.of(), Expression.compile("option[60].exists").memberReferences());
    }

    @Test
    void compiledTreesAreRecordsThatCompareByContent() throws Exception {
        Condition first = Expression.compileCondition("option[60].text == 'PXEClient' and relay4[1].exists");
        Condition second = Expression.compileCondition("(option[60].text == 'PXEClient') and relay4[1].exists");
        assertEquals(first, second);
        Condition.And and = assertInstanceOf(Condition.And.class, first);
        assertEquals(new Condition.RelaySubOptionExists(1), and.right());
        assertEquals(new Value.Substring(new Value.Field(PacketField.MAC), -2, java.util.OptionalInt.empty()),
            Expression.compileValue("substring(pkt4.mac, -2, all)"));
    }
}
