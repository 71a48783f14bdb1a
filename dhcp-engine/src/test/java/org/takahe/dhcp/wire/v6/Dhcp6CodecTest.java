package org.takahe.dhcp.wire.v6;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.wire.v6.Bytes6.decode;
import static org.takahe.dhcp.wire.v6.Bytes6.encode;
import static org.takahe.dhcp.wire.v6.Bytes6.hex;
import static org.takahe.dhcp.wire.v6.Bytes6.ip6;
import static org.takahe.dhcp.wire.v6.Bytes6.malformed;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.MalformedDhcp6Exception.Reason;

class Dhcp6CodecTest {

    /**
     * A SOLICIT laid out from RFC 8415's figures as ISC dhclient -6 sends it: DUID-LLT of 52:54:00:12:34:56,
     * elapsed time, the ORO of Debian's dhclient.conf (DNS, domain list, FQDN, SNTP) and an empty IA_NA whose
     * IAID is the MAC's last four bytes.
     */
    static final byte[] DHCLIENT_SOLICIT = hex(""
        + "01 5a3c7e"                                          // SOLICIT, transaction id
        + "0001 000e 0001 0001 2b8f1c20 525400123456"          // CLIENTID: DUID-LLT, Ethernet, time, MAC
        + "0008 0002 0000"                                     // ELAPSED_TIME 0
        + "0006 0008 0017 0018 0027 001f"                      // ORO 23 24 39 31
        + "0003 000c 00123456 00000000 00000000");             // IA_NA, T1 and T2 left to the server

    /**
     * A SOLICIT as dhcpcd 10 sends it with an IA_NA and a prefix hint: DUID-LL, rapid commit, its vendor class
     * (enterprise 40712, one length-prefixed string), ORO asking for DNS, domain list and SOL_MAX_RT.
     */
    static final byte[] DHCPCD_SOLICIT = hex(""
        + "01 c0ffee"                                          // SOLICIT
        + "0001 000a 0003 0001 52540000000a"                   // CLIENTID: DUID-LL, Ethernet, MAC
        + "000e 0000"                                          // RAPID_COMMIT
        + "0010 0013 00009f08 000d 646863706364 2d31302e302e36" // VENDOR_CLASS "dhcpcd-10.0.6"
        + "0006 0006 0017 0018 0052"                           // ORO 23 24 82
        + "0008 0002 0000"                                     // ELAPSED_TIME
        + "0003 000c 0000000a 00000000 00000000"               // IA_NA, IAID 10
        + "0019 0029 00000001 00000000 00000000"               // IA_PD, IAID 1, with
        + "001a 0019 00000000 00000000 38 00000000000000000000000000000000"); // IAPREFIX hint ::/56

    @Test
    void dhclientSolicitDecodesIntoTypedOptions() throws Exception {
        Dhcp6Message solicit = assertInstanceOf(Dhcp6Message.class, decode(DHCLIENT_SOLICIT));

        assertEquals(MessageType6.SOLICIT, solicit.type());
        assertEquals(0x5a3c7e, solicit.transactionId());
        Duid duid = solicit.options().clientId().orElseThrow();
        assertEquals(Duid.LLT, duid.type());
        assertEquals(Optional.of("52:54:00:12:34:56"), duid.hardwareAddress());
        assertEquals("000100012b8f1c20525400123456", duid.toHex());
        assertEquals(Optional.of(Duration.ZERO), solicit.options().elapsedTime());
        assertEquals(List.of(23, 24, 39, 31), solicit.options().oro());
        assertEquals(List.of(new IaNa(0x123456, 0, 0, List.of())), solicit.options().iaNa());
        assertTrue(solicit.options().serverId().isEmpty());
        assertFalse(solicit.options().rapidCommit());
    }

    @Test
    void dhcpcdSolicitDecodesIntoTypedOptions() throws Exception {
        Dhcp6Message solicit = assertInstanceOf(Dhcp6Message.class, decode(DHCPCD_SOLICIT));

        assertEquals(0xc0ffee, solicit.transactionId());
        Duid duid = solicit.options().clientId().orElseThrow();
        assertEquals(Duid.LL, duid.type());
        assertEquals(Optional.of("52:54:00:00:00:0a"), duid.hardwareAddress());
        assertTrue(solicit.options().rapidCommit());
        assertEquals(List.of(23, 24, 82), solicit.options().oro());
        assertEquals(Octets.fromHex("00009f08000d6468637063642d31302e302e36"),
            solicit.options().first(OptionCode6.VENDOR_CLASS).orElseThrow().data());
        assertEquals(10, solicit.options().iaNa().getFirst().iaid());
        IaPd pd = solicit.options().iaPd().getFirst();
        assertEquals(1, pd.iaid());
        assertEquals(List.of(new IaPrefix(0, 0, 56, ip6("::"))), pd.prefixes());
        assertEquals("::/56", pd.prefixes().getFirst().toText());
    }

    @Test
    void decodedMessagesEncodeToTheSameBytes() throws Exception {
        assertArrayEquals(DHCLIENT_SOLICIT, encode(decode(DHCLIENT_SOLICIT)));
        assertArrayEquals(DHCPCD_SOLICIT, encode(decode(DHCPCD_SOLICIT)));
    }

    @Test
    void aServerReplyRoundTrips() throws Exception {
        Duid server = Duid.llt(1, 0x2b8f0000L, Octets.fromHex("525400ffff01"));
        IaAddress leased = new IaAddress(ip6("2001:db8:1::100"), 3000, 4000);
        Dhcp6Message reply = new Dhcp6Message(MessageType6.REPLY, 0x5a3c7e, Options6.builder()
            .serverId(server)
            .clientId(Duid.fromHex("00:01:00:01:2b:8f:1c:20:52:54:00:12:34:56"))
            .add(new IaNa(0x123456, 1500, 2400, List.of(leased), Optional.of(new StatusCode(StatusCode.SUCCESS,
                "all went well")), Options6.none()))
            .dnsServers(List.of(ip6("2001:db8::53"), ip6("2001:db8::54")))
            .domainList(List.of("example.test", "lab.example.test."))
            .build());

        Dhcp6Message read = assertInstanceOf(Dhcp6Message.class, decode(encode(reply)));

        assertEquals(reply, read);
        assertEquals(Optional.of(server), read.options().serverId());
        IaNa ia = read.options().iaNa().getFirst();
        assertEquals(List.of(leased), ia.addresses());
        assertEquals(Optional.of(new StatusCode(0, "all went well")), ia.status());
        assertEquals(List.of("example.test", "lab.example.test"), read.options().domainList());
    }

    @Test
    void decodingLeavesTheCallersBufferWhereItWas() throws Exception {
        ByteBuffer datagram = ByteBuffer.wrap(DHCLIENT_SOLICIT);
        Dhcp6Codec.decode(datagram);
        assertEquals(0, datagram.position());
        assertEquals(DHCLIENT_SOLICIT.length, datagram.limit());
    }

    @Test
    void encodingReturnsAFlippedBufferOfExactlyTheMessage() {
        ByteBuffer out = Dhcp6Codec.encode(new Dhcp6Message(MessageType6.INFORMATION_REQUEST, 7, Options6.none()));
        assertEquals(0, out.position());
        assertEquals(4, out.remaining());
        assertEquals(0x0b000007, out.getInt());
    }

    @Test
    void theTransactionIdHasTwentyFourBitsAndRelayTypesNeedTheRelayRecord() {
        assertThrows(IllegalArgumentException.class, () -> new Dhcp6Message(MessageType6.SOLICIT, 0x1000000,
            Options6.none()));
        assertThrows(IllegalArgumentException.class, () -> new Dhcp6Message(MessageType6.RELAY_FORW, 1,
            Options6.none()));
        assertThrows(IllegalArgumentException.class, () -> new RelayMessage6(MessageType6.REPLY, 0, ip6("::"),
            ip6("::"), Options6.none()));
    }

    /** In the rows below, {addr} stands for 2001:db8::1 and {relay} for a relay-forward header from fe80::1. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty datagram                 | ''                                                | TRUNCATED_HEADER",
        "type byte only                 | 01                                                | TRUNCATED_HEADER",
        "message type 0                 | 00000001                                          | UNKNOWN_MESSAGE_TYPE",
        "message type 14 (leasequery)   | 0e000001                                          | UNKNOWN_MESSAGE_TYPE",
        "three bytes of option header   | 01000001 000100                                   | TRUNCATED_OPTION",
        "option longer than the message | 01000001 0001000a 000300010203                    | TRUNCATED_OPTION",
        "IA_NA without T1 and T2        | 01000001 00030004 00000001                        | INVALID_OPTION",
        "IA_TA without its IAID         | 01000001 00040002 0000                            | INVALID_OPTION",
        "IA_NA whose IAADDR overruns it | 01000001 00030014 00000001 0000000000000000 0005 0010 00000000 "
            + "| TRUNCATED_OPTION",
        "IAADDR without lifetimes       | 01000001 00030020 00000001 0000000000000000 0005 0010 {addr} "
            + "| INVALID_OPTION",
        "IAPREFIX of length 129         | 01000001 00190029 00000001 0000000000000000 001a 0019 "
            + "0000000000000000 81 {addr} | INVALID_OPTION",
        "VENDOR_OPTS without enterprise | 01000001 00110003 000009                          | INVALID_OPTION",
        "VENDOR_OPTS sub-option overrun | 01000001 00110009 0000118b 0001 0009 ff           | TRUNCATED_OPTION",
        "NTP_SERVER sub-option overrun  | 01000001 00380005 0001 0010 ff                    | TRUNCATED_OPTION",
        "relay header cut short         | 0c00 {addr}                                       | TRUNCATED_HEADER",
        "relay without relay message    | {relay}                                           | MISSING_RELAY_MESSAGE",
        "relayed message truncated      | {relay} 0009 0002 0100                            | TRUNCATED_HEADER",
        "relayed message with bad IA_NA | {relay} 0009 000c 01000001 0003 0004 00000001     | INVALID_OPTION",
    })
    void malformedDatagramsNameTheirReason(String what, String bytes, Reason reason) {
        String address = "20010db8000000000000000000000001";
        String relayHeader = "0c00" + address + "fe800000000000000000000000000001";
        assertEquals(reason, malformed(hex(bytes.replace("{relay}", relayHeader).replace("{addr}", address))), what);
    }

    @Test
    void optionsNestedTooDeepAreRefused() {
        // IAADDR inside IAADDR is meaningless, but a peer may send it: depth must be bounded all the same.
        Options6 inner = Options6.none();
        for (int i = 0; i <= Options6.MAX_NESTING; i++) {
            inner = Options6.builder().add(new IaAddress(ip6("2001:db8::1"), 0, 0, inner)).build();
        }
        byte[] deep = encode(new Dhcp6Message(MessageType6.SOLICIT, 1, inner));
        assertEquals(Reason.OPTIONS_TOO_DEEP, malformed(deep));
    }

    @Test
    void theDetailSaysWhereTheProblemIs() {
        MalformedDhcp6Exception e = assertThrows(MalformedDhcp6Exception.class,
            () -> decode(hex("01000001 00030014 00000001 00000000 00000000 0005 0010 00000000")));
        assertEquals("in option 3: option 5 claims 16 bytes, 4 remain", e.getMessage());
        assertEquals(0, e.getStackTrace().length, "drops are cheap: no stack trace");
    }

    @Test
    void unknownOptionsAndMalformedSimpleOptionsAreKeptRawAndReadAsAbsent() throws Exception {
        Dhcp6Message m = assertInstanceOf(Dhcp6Message.class, decode(hex("01000001"
            + "fde8 0003 010203"      // option 65000, unknown
            + "0008 0003 000000"      // ELAPSED_TIME of three bytes
            + "0001 0001 00")));      // CLIENTID too short to be a DUID
        assertEquals(Octets.fromHex("010203"), m.options().first(65000).orElseThrow().data());
        assertTrue(m.options().elapsedTime().isEmpty());
        assertTrue(m.options().clientId().isEmpty());
        assertEquals(3, m.options().all().size());
    }
}
