package org.takahe.dhcp.wire.v6;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.wire.v6.Bytes6.encode;
import static org.takahe.dhcp.wire.v6.Bytes6.ip6;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.StandardOptions6;

/**
 * Random and mutated datagrams, seeded so that a failure repeats: decoding either throws
 * {@link MalformedDhcp6Exception} or gives a message that re-encodes to the very same bytes and whose every
 * accessor answers without throwing.
 */
class Dhcp6CodecFuzzTest {
    private static final long SEED = 0x6d686370L;
    private static final int[] CODES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 17, 18, 20, 23, 24, 25, 26, 32, 37,
        56, 79, 82, 83, 65535};

    private final Map<MalformedDhcp6Exception.Reason, Integer> seen =
        new EnumMap<>(MalformedDhcp6Exception.Reason.class);
    private int decoded;

    @Test
    void randomBytesNeverCrashTheDecoder() {
        Random random = new Random(SEED);
        for (int i = 0; i < 4000; i++) {
            byte[] bytes = new byte[random.nextInt(120)];
            random.nextBytes(bytes);
            if (bytes.length > 0) {
                bytes[0] = (byte) random.nextInt(15);
            }
            check(bytes);
        }
    }

    @Test
    void randomOptionStructuresNeverCrashTheDecoder() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 4000; i++) {
            ByteBuffer out = ByteBuffer.allocate(4 + 2000);
            out.putInt((random.nextInt(11) + 1) << 24 | random.nextInt(1 << 24));
            randomOptions(random, out, 3);
            check(Arrays.copyOf(out.array(), out.position()));
        }
    }

    @Test
    void mutatedRealMessagesNeverCrashTheDecoder() {
        Random random = new Random(SEED + 2);
        List<byte[]> seeds = List.of(Dhcp6CodecTest.DHCLIENT_SOLICIT, Dhcp6CodecTest.DHCPCD_SOLICIT, richReply(),
            relayed(richReply(), 3));
        for (int i = 0; i < 8000; i++) {
            check(mutate(random, seeds.get(i % seeds.size()).clone()));
        }
        // The mutations must reach the deep checks, not just the header ones.
        for (MalformedDhcp6Exception.Reason reason : List.of(MalformedDhcp6Exception.Reason.TRUNCATED_OPTION,
                MalformedDhcp6Exception.Reason.INVALID_OPTION, MalformedDhcp6Exception.Reason.UNKNOWN_MESSAGE_TYPE,
                MalformedDhcp6Exception.Reason.TRUNCATED_HEADER)) {
            assertNotNull(seen.get(reason), reason + " never hit");
        }
        assertTrue(decoded > 500, "most single mutations still decode: " + decoded);
    }

    private void check(byte[] bytes) {
        Dhcp6Packet packet;
        try {
            packet = Dhcp6Codec.decode(ByteBuffer.wrap(bytes));
        } catch (MalformedDhcp6Exception e) {
            assertNotNull(e.reason());
            seen.merge(e.reason(), 1, Integer::sum);
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("decoding " + HexFormat.of().formatHex(bytes) + " threw " + e, e);
        }
        try {
            decoded++;
            assertArrayEquals(bytes, encode(packet), "re-encoding changes nothing");
            exercise(packet, 0);
        } catch (RuntimeException e) {
            throw new AssertionError("using the message decoded from " + HexFormat.of().formatHex(bytes)
                + " threw " + e, e);
        }
    }

    /** Reads everything there is to read, as the exchange would. */
    private static void exercise(Dhcp6Packet packet, int depth) {
        Options6 o = packet.options();
        exercise(o);
        if (packet instanceof RelayMessage6 relay) {
            Dhcp6Packet inner = relay.relayedMessage().orElseThrow();
            relay.innermostMessage();
            relay.replyChain(new Dhcp6Message(MessageType6.REPLY, 1, Options6.none()));
            if (depth < 40) {
                exercise(inner, depth + 1);
            }
        }
    }

    private static void exercise(Options6 o) {
        o.clientId().ifPresent(d -> {
            d.hardwareAddress();
            d.type();
        });
        o.serverId();
        o.iaNa().forEach(ia -> {
            ia.addresses().forEach(a -> a.status());
            ia.toOption();
        });
        o.iaPd().forEach(pd -> pd.prefixes().forEach(p -> p.toText()));
        o.iaAddresses().forEach(IaAddress::toOption);
        o.iaPrefixes().forEach(IaPrefix::toOption);
        o.oro();
        o.preference();
        o.elapsedTime();
        o.unicast();
        o.statusCode().ifPresent(StatusCode::toOption);
        o.rapidCommit();
        o.vendorOptions().forEach(VendorOptions::toOption);
        o.interfaceId();
        o.reconfigureAccept();
        o.dnsServers();
        o.domainList();
        o.informationRefreshTime();
        o.remoteId();
        o.ntpServers();
        o.clientLinkLayerAddress().ifPresent(ClientLinkLayerAddress::hardwareAddress);
        o.solMaxRt();
        o.infMaxRt();
        for (OptionDefinition definition : StandardOptions6.ALL) {
            o.value(definition).ifPresent(value -> OptionCodec.format(definition, value));
        }
    }

    private static void randomOptions(Random random, ByteBuffer out, int depth) {
        int count = random.nextInt(5);
        for (int i = 0; i < count && out.remaining() > 64; i++) {
            int code = CODES[random.nextInt(CODES.length)];
            out.putShort((short) code);
            int lengthAt = out.position();
            out.putShort((short) 0);
            int start = out.position();
            int fixed = switch (code) {
                case 3, 25 -> 12;
                case 4, 17 -> 4;
                case 5 -> 24;
                case 26 -> 25;
                default -> 0;
            };
            byte[] head = new byte[Math.max(0, Math.min(fixed + random.nextInt(3) - 1, out.remaining() - 8))];
            random.nextBytes(head);
            if (code == 26 && head.length > 8) {
                head[8] = (byte) random.nextInt(140);
            }
            out.put(head);
            if (depth > 0 && fixed > 0 && random.nextBoolean()) {
                randomOptions(random, out, depth - 1);
            } else if (code != 14 && code != 20) {
                byte[] data = new byte[Math.min(random.nextInt(40), out.remaining() - 8)];
                random.nextBytes(data);
                out.put(data);
            }
            int length = out.position() - start;
            // Now and then a length that lies.
            out.putShort(lengthAt, (short) (random.nextInt(20) == 0 ? length + random.nextInt(9) - 4 : length));
        }
    }

    private static byte[] mutate(Random random, byte[] bytes) {
        return switch (random.nextInt(5)) {
            case 0 -> {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                yield bytes;
            }
            case 1 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] ^= (byte) (1 << random.nextInt(8));
                yield bytes;
            }
            case 2 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 3 -> {
                byte[] longer = Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(8));
                for (int i = bytes.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                yield longer;
            }
            default -> {
                // Hit a length field: any 16-bit word at an even distance from an option start is a candidate.
                int at = 4 + 2 * random.nextInt(Math.max(1, (bytes.length - 5) / 2));
                if (at + 1 < bytes.length) {
                    bytes[at] = (byte) random.nextInt(2);
                    bytes[at + 1] = (byte) random.nextInt(256);
                }
                yield bytes;
            }
        };
    }

    private static byte[] richReply() {
        return encode(new Dhcp6Message(MessageType6.REPLY, 0xabcdef, Options6.builder()
            .serverId(Duid.en(9, Octets.fromHex("01020304")))
            .clientId(Duid.ll(1, Octets.fromHex("525400123456")))
            .add(new IaNa(1, 100, 200, List.of(new IaAddress(ip6("2001:db8::10"), 300, 400, Options6.builder()
                .add(new StatusCode(0, "ok")).build())), Optional.of(new StatusCode(0, "")), Options6.none()))
            .add(new IaPd(2, 100, 200, List.of(new IaPrefix(300, 400, 56, ip6("2001:db8:100::")))))
            .add(new VendorOptions(4491, List.of(new RawOption6(1, Octets.fromHex("0102")))))
            .dnsServers(List.of(ip6("2001:db8::53")))
            .domainList(List.of("example.test"))
            .ntpServers(List.of(new NtpServer.Fqdn("ntp.example.test"), new NtpServer.Address(ip6("2001:db8::123"))))
            .set(new RemoteId(1, Octets.fromHex("aa")))
            .set(new ClientLinkLayerAddress(1, Octets.fromHex("525400123456")))
            .preference(10)
            .unicast(ip6("2001:db8::1"))
            .informationRefreshTime(3600)
            .solMaxRt(60)
            .build()));
    }

    private static byte[] relayed(byte[] message, int relays) {
        Dhcp6Packet packet;
        try {
            packet = Dhcp6Codec.decode(ByteBuffer.wrap(message));
        } catch (MalformedDhcp6Exception e) {
            throw new AssertionError(e);
        }
        for (int i = 0; i < relays; i++) {
            packet = new RelayMessage6(MessageType6.RELAY_FORW, i, ip6("2001:db8:" + (i + 1) + "::1"),
                ip6("fe80::" + (i + 1)), Options6.builder().interfaceId(Octets.of((byte) i)).relayMessage(packet)
                .build());
        }
        return encode(packet);
    }
}
