package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NestingLimitTest {

    @Test
    void nestingUpToTheLimitIsAccepted() {
        assertDoesNotThrow(() -> NetconfXml.parse(nested(NestingLimit.MAX_DEPTH)));
    }

    @Test
    void nestingOneLevelBeyondTheLimitIsRefusedBeforeAnyDomIsBuilt() {
        NetconfXml.MalformedXmlException e = assertThrows(NetconfXml.MalformedXmlException.class,
            () -> NetconfXml.parse(nested(NestingLimit.MAX_DEPTH + 1)));
        assertTrue(e.getMessage().contains("nested deeper than 64"), e.getMessage());
    }

    @Test
    void hugeNestingIsRefusedWithoutExhaustingTheStack() {
        assertThrows(NetconfXml.MalformedXmlException.class, () -> NetconfXml.parse(nested(1_000_000)));
    }

    @Test
    void billionLaughsIsRefusedAsMalformed() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rpc [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            doc.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doc.append("]><rpc message-id=\"1\" xmlns=\"").append(NetconfXml.BASE_NS).append("\">&l9;</rpc>");
        assertThrows(NetconfXml.MalformedXmlException.class,
            () -> NetconfXml.parse(doc.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void externalEntityIsRefusedAsMalformed() {
        byte[] xxe = ("<!DOCTYPE rpc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rpc message-id=\"1\" xmlns=\""
            + NetconfXml.BASE_NS + "\"><get>&x;</get></rpc>").getBytes(StandardCharsets.UTF_8);
        assertThrows(NetconfXml.MalformedXmlException.class, () -> NetconfXml.parse(xxe));
    }

    private static byte[] nested(int depth) {
        return ("<a>".repeat(depth) + "</a>".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }
}
