package org.takahe.dhcp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Dhcp4CodecTest {

    /** A DISCOVER laid out byte by byte as ISC dhclient sends it (xid 0x3903f326, chaddr 00:0b:82:01:fc:42). */
    private static byte[] dhclientDiscover() {
        ByteBuffer b = ByteBuffer.allocate(300);
        b.put(hex("01 01 06 00")); // op BOOTREQUEST, htype ethernet, hlen 6, hops 0
        b.put(hex("39 03 f3 26")); // xid
        b.put(hex("00 00 80 00")); // secs 0, flags: broadcast
        b.put(new byte[16]); // ciaddr yiaddr siaddr giaddr
        b.put(hex("00 0b 82 01 fc 42")).put(new byte[10]); // chaddr
        b.put(new byte[64 + 128]); // sname, file
        b.put(hex("63 82 53 63")); // magic cookie
        b.put(hex("35 01 01")); // 53 message type DISCOVER
        b.put(hex("3d 07 01 00 0b 82 01 fc 42")); // 61 client id: type 1 + MAC
        b.put(hex("32 04 c6 12 00 0f")); // 50 requested address 198.18.0.15
        b.put(hex("0c 05 68 6f 73 74 31")); // 12 host name "host1"
        b.put(hex("00 00")); // pads between options are legal
        b.put(hex("37 04 01 03 06 0f")); // 55 parameter request list: mask, routers, DNS, domain
        b.put(hex("ff")); // end; the rest stays zero padding
        return b.array();
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    private static Dhcp4Message decodeOk(byte[] bytes) {
        return assertInstanceOf(Decoded.Ok.class, Dhcp4Codec.decode(ByteBuffer.wrap(bytes))).message();
    }

    private static DropReason decodeMalformed(byte[] bytes) {
        return assertInstanceOf(Decoded.Malformed.class, Dhcp4Codec.decode(ByteBuffer.wrap(bytes))).reason();
    }

    @Test
    void dhclientDiscoverDecodesIntoFieldsAndTypedOptions() throws Exception {
        Dhcp4Message m = decodeOk(dhclientDiscover());

        assertEquals(Dhcp4Message.BOOTREQUEST, m.op());
        assertEquals(0x3903f326, m.xid());
        assertTrue(m.broadcastFlag());
        assertEquals("00:0b:82:01:fc:42", m.hardwareAddress().toColonHex());
        assertEquals(Ipv4Bytes.ANY, m.giaddr());
        assertEquals(Optional.of(MessageType.DISCOVER), m.messageType());
        assertEquals(Optional.of(Octets.fromHex("01000b8201fc42")), m.options().clientIdentifier());
        assertEquals(Optional.of(InetAddress.getByName("198.18.0.15")), m.options().requestedAddress());
        assertEquals(Optional.of("host1"), m.options().hostName());
        assertEquals(List.of(1, 3, 6, 15), m.options().parameterRequestList());
        assertEquals(List.of(53, 61, 50, 12, 55), m.options().all().stream().map(RawOption::code).toList());
    }

    @Test
    void encodedMessageDecodesToAnEqualMessage() {
        Dhcp4Message original = decodeOk(dhclientDiscover());

        assertEquals(original, decodeOk(toArray(Dhcp4Codec.encode(original))));
    }

    @Test
    void encodingReproducesTheDhclientBytesExceptTheInterOptionPads() {
        byte[] wire = dhclientDiscover();
        byte[] encoded = toArray(Dhcp4Codec.encode(decodeOk(wire)));
        byte[] withoutPads = new byte[300];
        ByteBuffer.wrap(withoutPads).put(wire, 0, 240 + 3 + 9 + 6 + 7).put(wire, 240 + 3 + 9 + 6 + 7 + 2, 7);
        assertEquals(HexFormat.of().formatHex(withoutPads), HexFormat.of().formatHex(encoded));
    }

    @Test
    void replyIsPaddedToTheBootpMinimumOf300Bytes() {
        Dhcp4Message tiny = new Dhcp4Message(2, 1, 6, 0, 1, 0, 0, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Ipv4Bytes.ANY, Octets.empty(), Octets.empty(), Octets.empty(), Dhcp4Options.builder()
                .messageType(MessageType.NAK).build());

        assertEquals(Dhcp4Codec.MINIMUM_LENGTH, Dhcp4Codec.encode(tiny).remaining());
    }

    @Test
    void allOptionFormatsSurviveARoundTrip() throws Exception {
        Inet4Address a = (Inet4Address) InetAddress.getByName("198.18.0.1");
        Inet4Address b = (Inet4Address) InetAddress.getByName("198.18.0.2");
        Dhcp4Options options = Dhcp4Options.builder().messageType(MessageType.ACK)
            .address(StandardOptions.SUBNET_MASK, (Inet4Address) InetAddress.getByName("255.255.255.0"))
            .addresses(StandardOptions.ROUTERS, List.of(a))
            .addresses(StandardOptions.DOMAIN_NAME_SERVERS, List.of(a, b))
            .text(StandardOptions.DOMAIN_NAME, "example.test")
            .seconds(StandardOptions.LEASE_TIME, Duration.ofHours(1))
            .seconds(StandardOptions.RENEWAL_TIME, Duration.ofMinutes(30))
            .seconds(StandardOptions.REBINDING_TIME, Duration.ofMinutes(52))
            .address(StandardOptions.SERVER_IDENTIFIER, a)
            .raw(StandardOptions.RELAY_AGENT_INFORMATION.code(), Octets.fromHex("0106657468302f31"))
            .build();
        Dhcp4Message m = decodeOk(toArray(Dhcp4Codec.encode(message(options))));

        assertEquals(options, m.options());
        assertEquals(List.of(a, b), m.options().domainNameServers());
        assertEquals(Optional.of(Duration.ofMinutes(52)), m.options().rebindingTime());
        assertEquals(Optional.of(Octets.fromHex("0106657468302f31")),
            m.options().relayAgentInformation().map(RelayAgentInformation::data));
    }

    @Test
    void optionLongerThan255BytesIsSplitAndJoinedAgain() {
        byte[] big = new byte[600];
        new Random(7).nextBytes(big);
        Dhcp4Options options = Dhcp4Options.builder().messageType(MessageType.ACK).raw(43, Octets.of(big)).build();

        ByteBuffer wire = Dhcp4Codec.encode(message(options));

        assertEquals(Optional.of(Octets.of(big)), decodeOk(toArray(wire)).options().raw(43));
        assertEquals(43, wire.get(240 + 3) & 0xff);
        assertEquals(255, wire.get(240 + 4) & 0xff);
    }

    @Test
    void optionWhoseDataDoesNotFitItsFormatReadsAsAbsent() {
        Dhcp4Options options = Dhcp4Options.builder().messageType(MessageType.REQUEST)
            .raw(StandardOptions.REQUESTED_ADDRESS.code(), Octets.of((byte) 1, (byte) 2, (byte) 3)).build();

        Dhcp4Message m = decodeOk(toArray(Dhcp4Codec.encode(message(options))));

        assertEquals(Optional.empty(), m.options().requestedAddress());
        assertEquals(Optional.of(MessageType.REQUEST), m.messageType());
    }

    @Test
    void nulTerminatedHostNameIsAccepted() {
        Dhcp4Options options = Dhcp4Options.builder().raw(12, Octets.of((byte) 'p', (byte) 'c', (byte) 0)).build();

        assertEquals(Optional.of("pc"), options.hostName());
    }

    @Test
    void packetShorterThanTheHeaderIsTruncated() {
        assertEquals(DropReason.TRUNCATED_HEADER, decodeMalformed(new byte[0]));
        assertEquals(DropReason.TRUNCATED_HEADER, decodeMalformed(Arrays.copyOf(dhclientDiscover(), 239)));
    }

    @Test
    void wrongMagicCookieIsRejected() {
        byte[] bytes = dhclientDiscover();
        bytes[236] = 0x12;
        assertEquals(DropReason.BAD_MAGIC_COOKIE, decodeMalformed(bytes));
    }

    @Test
    void hardwareLengthBeyondChaddrIsRejected() {
        byte[] bytes = dhclientDiscover();
        bytes[2] = 17;
        assertEquals(DropReason.BAD_HARDWARE_LENGTH, decodeMalformed(bytes));
    }

    @Test
    void optionRunningPastTheEndIsTruncated() {
        byte[] cut = Arrays.copyOf(dhclientDiscover(), 240 + 3 + 5);
        assertEquals(DropReason.TRUNCATED_OPTION, decodeMalformed(cut));
        byte[] lengthless = Arrays.copyOf(dhclientDiscover(), 240 + 3 + 1);
        assertEquals(DropReason.TRUNCATED_OPTION, decodeMalformed(lengthless));
    }

    @Test
    void missingEndOptionIsTolerated() {
        byte[] noEnd = Arrays.copyOf(dhclientDiscover(), 240 + 3 + 9 + 6 + 7 + 2 + 6);
        assertEquals(Optional.of(MessageType.DISCOVER), decodeOk(noEnd).messageType());
    }

    @Test
    void randomGarbageNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            byte[] bytes = i % 2 == 0 ? new byte[random.nextInt(600)] : dhclientDiscover();
            if (i % 2 == 0) {
                random.nextBytes(bytes);
                if (bytes.length >= 240) {
                    ByteBuffer.wrap(bytes, 236, 4).putInt(Dhcp4Codec.MAGIC_COOKIE);
                }
            } else {
                for (int flips = 0; flips < 8; flips++) {
                    bytes[236 + random.nextInt(bytes.length - 236)] = (byte) random.nextInt();
                }
            }
            Decoded decoded = Dhcp4Codec.decode(ByteBuffer.wrap(bytes));
            if (decoded instanceof Decoded.Ok ok) {
                // Whatever was accepted reads through every accessor and survives a round trip.
                Dhcp4Options o = ok.message().options();
                o.messageType();
                o.requestedAddress();
                o.hostName();
                o.parameterRequestList();
                o.routers();
                o.leaseTime();
                assertEquals(decoded, Dhcp4Codec.decode(Dhcp4Codec.encode(ok.message())));
            }
        }
    }

    private static Dhcp4Message message(Dhcp4Options options) {
        return new Dhcp4Message(2, 1, 6, 0, 7, 0, 0, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Octets.fromHex("525400000001"), Octets.empty(), Octets.empty(), options);
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
