package org.takahe.dhcp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Laying options out within option 57's limit: the options field, then file, then sname (RFC 2132 §9.3). */
class OptionPackerTest {
    private static final RawOption MESSAGE_TYPE = new RawOption(53, Octets.of((byte) 5));
    private static final RawOption SERVER_ID = new RawOption(54, Octets.fromHex("c6120001"));
    private static final RawOption RELAY_AGENT = new RawOption(82, Octets.fromHex("0104706f7274"));
    /** The smallest limit: 576 - 28 header bytes, leaving 548 - 240 - 1 (END) = 307 bytes for options. */
    private static final int SMALLEST = OptionPacker.messageLimit(Dhcp4Options.none());

    /** An option of {@code length} data bytes, i.e. length + 2 on the wire. */
    private static RawOption filler(int code, int length) {
        byte[] data = new byte[length];
        java.util.Arrays.fill(data, (byte) code);
        return new RawOption(code, Octets.of(data));
    }

    private static List<RawOption> reply(RawOption... middle) {
        List<RawOption> options = new ArrayList<>(List.of(MESSAGE_TYPE, SERVER_ID));
        options.addAll(List.of(middle));
        options.add(RELAY_AGENT);
        return options;
    }

    @Test
    void theLimitIsOption57LessIpAndUdpHeadersAndNeverBelow576() {
        assertEquals(548, SMALLEST);
        Dhcp4Options asksFor1500 = Dhcp4Options.builder().raw(57, Octets.fromHex("05dc")).build();
        assertEquals(1472, OptionPacker.messageLimit(asksFor1500));
        Dhcp4Options asksFor300 = Dhcp4Options.builder().raw(57, Octets.fromHex("012c")).build();
        assertEquals(548, OptionPacker.messageLimit(asksFor300), "RFC 2132 §9.10: 576 is the minimum");
    }

    @Test
    void optionsThatFitStayInTheOptionsFieldUntouched() {
        List<RawOption> options = reply(filler(3, 100));
        OptionPacker.Packed packed = OptionPacker.pack(options, Octets.empty(), Octets.empty(), SMALLEST);
        assertEquals(options, packed.options().all());
        assertEquals(Octets.empty(), packed.file());
        assertEquals(Octets.empty(), packed.sname());
        assertEquals(List.of(), packed.leftOut());
    }

    @Test
    void overflowGoesToFileThenSnameAndOption52SaysSo() {
        // 307 bytes of room: 53 (3) + 54 (6) + 82 (8) + 52 (3) leave 287; two 140-byte options take 284.
        OptionPacker.Packed packed = OptionPacker.pack(reply(filler(200, 138), filler(201, 138), filler(202, 100),
            filler(203, 40)), Octets.empty(), Octets.empty(), SMALLEST);

        List<Integer> main = packed.options().all().stream().map(RawOption::code).toList();
        assertEquals(List.of(53, 52, 54, 200, 201, 82), main, "53 first, 82 last, 52 in the options field");
        assertEquals(Optional.of(Octets.of((byte) 3)), packed.options().raw(52), "both file (1) and sname (2)");
        assertEquals(128, packed.file().length());
        assertEquals(64, packed.sname().length());
        assertEquals(List.of(), packed.leftOut());

        // A client reads the overloaded fields back after the options field (RFC 3396 order).
        Dhcp4Message decoded = roundTrip(packed);
        assertEquals(List.of(53, 52, 54, 200, 201, 82, 202, 203),
            decoded.options().all().stream().map(RawOption::code).toList());
        assertEquals(Optional.of(filler(202, 100).data()), decoded.options().raw(202));
        assertEquals(Optional.of(filler(203, 40).data()), decoded.options().raw(203));
    }

    @Test
    void aBootFileNameKeepsTheFileFieldForItself() {
        Octets bootFile = Octets.of("pxelinux.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        OptionPacker.Packed packed = OptionPacker.pack(reply(filler(200, 270), filler(202, 40)), bootFile,
            Octets.empty(), SMALLEST);
        assertEquals(bootFile, packed.file());
        assertEquals(Optional.of(Octets.of((byte) 2)), packed.options().raw(52), "sname only");
        assertEquals(Optional.of(filler(202, 40).data()), roundTrip(packed).options().raw(202));
    }

    @Test
    void whatFitsNowhereIsLeftOutLeastImportantFirstAndEssentialsAreKept() {
        // The lease time comes last but is essential, so it is placed before the large options.
        RawOption leaseTime = new RawOption(51, Octets.fromHex("00000e10"));
        OptionPacker.Packed packed = OptionPacker.pack(reply(filler(200, 250), filler(201, 125), filler(202, 61),
            filler(203, 200), leaseTime), Octets.empty(), Octets.empty(), SMALLEST);

        assertEquals(List.of(203), packed.leftOut());
        Dhcp4Message decoded = roundTrip(packed);
        for (int code : List.of(53, 54, 51, 82, 200, 201, 202)) {
            assertTrue(decoded.options().raw(code).isPresent(), "option " + code + " kept");
        }
        assertEquals(82, packed.options().all().getLast().code());
    }

    @Test
    void aClientsOverloadedFileIsReadAndABrokenOneDropsThePacket() {
        Octets file = Octets.fromHex("0c0468616c6fff"); // host-name "halo", END
        Dhcp4Message request = new Dhcp4Message(Dhcp4Message.BOOTREQUEST, 1, 6, 0, 7, 0, 0, Ipv4Bytes.ANY,
            Ipv4Bytes.ANY, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Octets.fromHex("525400000001"), Octets.empty(), file,
            new Dhcp4Options(List.of(new RawOption(53, Octets.of((byte) 1)), new RawOption(52, Octets.of((byte) 1)))));
        Dhcp4Message decoded = assertInstanceOf(Decoded.Ok.class, Dhcp4Codec.decode(Dhcp4Codec.encode(request)))
            .message();
        assertEquals(Optional.of("halo"), decoded.options().hostName());

        Dhcp4Message broken = new Dhcp4Message(Dhcp4Message.BOOTREQUEST, 1, 6, 0, 7, 0, 0, Ipv4Bytes.ANY,
            Ipv4Bytes.ANY, Ipv4Bytes.ANY, Ipv4Bytes.ANY, Octets.fromHex("525400000001"),
            Octets.fromHex("0c7f61"), Octets.empty(), // sname: host-name claiming 127 bytes
            new Dhcp4Options(List.of(new RawOption(53, Octets.of((byte) 1)), new RawOption(52, Octets.of((byte) 2)))));
        Decoded.Malformed malformed = assertInstanceOf(Decoded.Malformed.class,
            Dhcp4Codec.decode(Dhcp4Codec.encode(broken)));
        assertEquals(DropReason.TRUNCATED_OPTION, malformed.reason());
        assertTrue(malformed.detail().contains("in the sname field"), malformed.detail());
    }

    private static Dhcp4Message roundTrip(OptionPacker.Packed packed) {
        Dhcp4Message reply = new Dhcp4Message(Dhcp4Message.BOOTREPLY, 1, 6, 0, 7, 0, 0, Ipv4Bytes.ANY, Ipv4Bytes.ANY,
            Ipv4Bytes.ANY, Ipv4Bytes.ANY, Octets.fromHex("525400000001"), packed.sname(), packed.file(),
            packed.options());
        ByteBuffer wire = Dhcp4Codec.encode(reply);
        assertTrue(wire.remaining() <= SMALLEST, "within the limit: " + wire.remaining());
        return assertInstanceOf(Decoded.Ok.class, Dhcp4Codec.decode(wire)).message();
    }
}
