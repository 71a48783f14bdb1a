package org.takahe.dhcp.wire;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DHCPv4 message codec over {@link ByteBuffer}. Decoding never throws: every way a datagram can be
 * unusable is a {@link Decoded.Malformed} with a {@link DropReason}. Options the sender put in the file
 * and sname fields (option overload, RFC 2132 §9.3) are read after the options field, in that order, and
 * joined with it (RFC 3396); the fields are kept raw as well. Encoding writes what the message holds:
 * {@link OptionPacker} lays out overloaded replies beforehand.
 */
public final class Dhcp4Codec {
    /** op through file: the fixed BOOTP part. */
    public static final int HEADER_LENGTH = 236;
    public static final int MAGIC_COOKIE = 0x63825363;
    /** RFC 1542 §2.1: relays and old clients may discard BOOTP messages shorter than this. */
    public static final int MINIMUM_LENGTH = 300;

    /** The options field's fixed part: header and magic cookie. */
    public static final int OPTIONS_OFFSET = HEADER_LENGTH + 4;
    static final int PAD = 0;
    static final int END = 255;
    /** Option 52's bits (RFC 2132 §9.3): 1 = file holds options, 2 = sname does. */
    static final int OVERLOAD_FILE = 1;
    static final int OVERLOAD_SNAME = 2;
    private static final int OVERLOAD = 52;
    private static final int MAX_OPTION_DATA = 255;

    private Dhcp4Codec() {
    }

    public static Decoded decode(ByteBuffer datagram) {
        ByteBuffer in = datagram.duplicate().order(ByteOrder.BIG_ENDIAN);
        if (in.remaining() < HEADER_LENGTH + 4) {
            return new Decoded.Malformed(DropReason.TRUNCATED_HEADER,
                in.remaining() + " bytes, a DHCP message has at least " + (HEADER_LENGTH + 4));
        }
        int op = in.get() & 0xff;
        int htype = in.get() & 0xff;
        int hlen = in.get() & 0xff;
        int hops = in.get() & 0xff;
        int xid = in.getInt();
        int secs = in.getShort() & 0xffff;
        int flags = in.getShort() & 0xffff;
        Inet4Address ciaddr = address(in);
        Inet4Address yiaddr = address(in);
        Inet4Address siaddr = address(in);
        Inet4Address giaddr = address(in);
        Octets chaddr = octets(in, Dhcp4Message.CHADDR_LENGTH);
        Octets sname = octets(in, Dhcp4Message.SNAME_LENGTH);
        Octets file = octets(in, Dhcp4Message.FILE_LENGTH);
        int cookie = in.getInt();
        if (cookie != MAGIC_COOKIE) {
            return new Decoded.Malformed(DropReason.BAD_MAGIC_COOKIE, String.format("cookie 0x%08x", cookie));
        }
        if (hlen > Dhcp4Message.CHADDR_LENGTH) {
            return new Decoded.Malformed(DropReason.BAD_HARDWARE_LENGTH, "hlen " + hlen);
        }
        Map<Integer, ByteArrayOutputStream> options = new LinkedHashMap<>();
        Optional<String> problem = readOptions(in, "", options);
        int overload = options.containsKey(OVERLOAD) && options.get(OVERLOAD).size() == 1
            ? options.get(OVERLOAD).toByteArray()[0] : 0;
        if (problem.isEmpty() && (overload & OVERLOAD_FILE) != 0) {
            problem = readOptions(ByteBuffer.wrap(file.toByteArray()), " in the file field", options);
        }
        if (problem.isEmpty() && (overload & OVERLOAD_SNAME) != 0) {
            problem = readOptions(ByteBuffer.wrap(sname.toByteArray()), " in the sname field", options);
        }
        if (problem.isPresent()) {
            return new Decoded.Malformed(DropReason.TRUNCATED_OPTION, problem.get());
        }
        List<RawOption> raw = new ArrayList<>(options.size());
        options.forEach((code, data) -> raw.add(new RawOption(code, Octets.of(data.toByteArray()))));
        return new Decoded.Ok(new Dhcp4Message(op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr,
            giaddr, chaddr, sname, file, new Dhcp4Options(raw)));
    }

    /** Encodes a message, ending the options with END and padding to {@link #MINIMUM_LENGTH} bytes. */
    public static ByteBuffer encode(Dhcp4Message message) {
        ByteArrayOutputStream options = new ByteArrayOutputStream();
        for (RawOption option : message.options().all()) {
            writeOption(options, option);
        }
        options.write(END);
        int length = Math.max(MINIMUM_LENGTH, HEADER_LENGTH + 4 + options.size());
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        out.put((byte) message.op()).put((byte) message.htype()).put((byte) message.hlen()).put((byte) message.hops());
        out.putInt(message.xid()).putShort((short) message.secs()).putShort((short) message.flags());
        out.put(message.ciaddr().getAddress()).put(message.yiaddr().getAddress());
        out.put(message.siaddr().getAddress()).put(message.giaddr().getAddress());
        out.put(message.chaddr().toByteArray()).put(message.sname().toByteArray()).put(message.file().toByteArray());
        out.putInt(MAGIC_COOKIE);
        out.put(options.toByteArray());
        // The rest of the buffer is already zero: that is the padding.
        out.position(0);
        return out;
    }

    /**
     * Reads options up to END or the end of the buffer into {@code options}, joining the pieces of a split
     * option (RFC 3396); says what is wrong if a length runs past the end.
     */
    private static Optional<String> readOptions(ByteBuffer in, String where,
            Map<Integer, ByteArrayOutputStream> options) {
        while (in.hasRemaining()) {
            int code = in.get() & 0xff;
            if (code == PAD) {
                continue;
            }
            if (code == END) {
                break;
            }
            if (!in.hasRemaining()) {
                return Optional.of("option " + code + where + " has no length byte");
            }
            int length = in.get() & 0xff;
            if (in.remaining() < length) {
                return Optional.of("option " + code + where + " claims " + length + " bytes, " + in.remaining()
                    + " remain");
            }
            byte[] data = new byte[length];
            in.get(data);
            options.computeIfAbsent(code, c -> new ByteArrayOutputStream()).writeBytes(data);
        }
        return Optional.empty();
    }

    /** The bytes an option takes on the wire: code and length per instance of at most 255 data bytes. */
    static int wireLength(RawOption option) {
        int length = option.data().length();
        return length + 2 * Math.max(1, (length + MAX_OPTION_DATA - 1) / MAX_OPTION_DATA);
    }

    /** Data longer than 255 bytes goes out as consecutive instances of the code (RFC 3396). */
    static void writeOption(ByteArrayOutputStream out, RawOption option) {
        byte[] data = option.data().toByteArray();
        int offset = 0;
        do {
            int chunk = Math.min(MAX_OPTION_DATA, data.length - offset);
            out.write(option.code());
            out.write(chunk);
            out.write(data, offset, chunk);
            offset += chunk;
        } while (offset < data.length);
    }

    private static Inet4Address address(ByteBuffer in) {
        byte[] b = new byte[4];
        in.get(b);
        return Ipv4Bytes.of(b);
    }

    private static Octets octets(ByteBuffer in, int length) {
        byte[] b = new byte[length];
        in.get(b);
        return Octets.of(b);
    }
}
