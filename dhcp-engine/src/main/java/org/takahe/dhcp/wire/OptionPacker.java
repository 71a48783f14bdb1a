package org.takahe.dhcp.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Lays a reply's options out within the size the client accepts. What fits in the options field stays
 * there; otherwise option overload (RFC 2132 §9.3) puts options in the file field, then the sname field,
 * when the reply does not use them for a boot file or server name; options that fit nowhere are left out,
 * least important (last) first. An option is never split across fields, and each field keeps the options'
 * order.
 */
public final class OptionPacker {
    /** RFC 2131 §2: every client accepts 576-byte IP datagrams, so 576 is also the smallest limit honoured. */
    public static final int MINIMUM_MAX_MESSAGE_SIZE = 576;
    /** IPv4 and UDP headers, which option 57's limit includes and the DHCP message does not. */
    public static final int IP_UDP_HEADERS = 28;

    /**
     * What a reply cannot do without, so these are placed first: server identifier and lease times (RFC 2131
     * table 3), the subnet mask, a NAK's message, and the echoes RFC 6842 (61), RFC 3011 (118) and RFC 3046
     * (82) require.
     */
    public static final Set<Integer> ESSENTIAL = Set.of(1, 51, 54, 56, 58, 59, 61, 82, 118);

    private static final int OVERLOAD_OPTION_LENGTH = 3;

    private OptionPacker() {
    }

    /**
     * The laid-out options.
     *
     * @param options what goes in the options field, in order
     * @param file the file field: the boot file name as given, or options ended by END
     * @param sname the sname field, likewise
     * @param leftOut codes of the options that fit nowhere, in the order given
     */
    public record Packed(Dhcp4Options options, Octets file, Octets sname, List<Integer> leftOut) {
        public Packed {
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The DHCP message size a client's option 57 allows: at least 576, headers taken off. */
    public static int messageLimit(Dhcp4Options request) {
        int limit = Math.max(MINIMUM_MAX_MESSAGE_SIZE, request.maximumMessageSize().orElse(MINIMUM_MAX_MESSAGE_SIZE));
        return limit - IP_UDP_HEADERS;
    }

    /**
     * Lays out options in the order given, which is also their importance, except that the options a reply
     * cannot do without ({@link #ESSENTIAL}) are placed before all others. The first option (the message
     * type) and a last relay agent information option (82, which RFC 3046 §2.2 wants last in the options
     * field) stay in the options field, at its ends.
     *
     * @param file the reply's file field; options may go there only if it is all zeros
     * @param sname the reply's sname field, likewise
     * @param messageLimit the longest DHCP message allowed, see {@link #messageLimit}
     */
    public static Packed pack(List<RawOption> options, Octets file, Octets sname, int messageLimit) {
        int capacity = messageLimit - Dhcp4Codec.OPTIONS_OFFSET - 1;
        if (options.stream().mapToInt(Dhcp4Codec::wireLength).sum() <= capacity) {
            return new Packed(new Dhcp4Options(options), file, sname, List.of());
        }
        List<RawOption> middle = new ArrayList<>(options);
        @Nullable RawOption first = middle.isEmpty() ? null : middle.removeFirst();
        boolean relayLast = !middle.isEmpty()
            && middle.getLast().code() == StandardOptions.RELAY_AGENT_INFORMATION.code();
        @Nullable RawOption last = relayLast ? middle.removeLast() : null;
        Area main = new Area(capacity - OVERLOAD_OPTION_LENGTH - length(first) - length(last));
        Area fileArea = new Area(isBlank(file) ? Dhcp4Message.FILE_LENGTH - 1 : 0);
        Area snameArea = new Area(isBlank(sname) ? Dhcp4Message.SNAME_LENGTH - 1 : 0);
        Map<RawOption, Area> placed = new IdentityHashMap<>();
        List<RawOption> byImportance = new ArrayList<>(middle);
        byImportance.sort(Comparator.comparing(o -> !ESSENTIAL.contains(o.code())));
        for (RawOption option : byImportance) {
            Stream.of(main, fileArea, snameArea).filter(area -> area.take(option)).findFirst()
                .ifPresent(area -> placed.put(option, area));
        }
        int overload = (fileArea.isUsed() ? Dhcp4Codec.OVERLOAD_FILE : 0)
            | (snameArea.isUsed() ? Dhcp4Codec.OVERLOAD_SNAME : 0);
        List<RawOption> inMain = new ArrayList<>();
        if (first != null) {
            inMain.add(first);
        }
        if (overload != 0) {
            inMain.add(new RawOption(StandardOptions.OPTION_OVERLOAD.code(), Octets.of((byte) overload)));
        }
        List<Integer> leftOut = new ArrayList<>();
        for (RawOption option : middle) {
            Area area = placed.get(option);
            if (area == null) {
                leftOut.add(option.code());
            } else if (area == main) {
                inMain.add(option);
            }
        }
        if (last != null) {
            inMain.add(last);
        }
        return new Packed(new Dhcp4Options(inMain), fileArea.field(middle, placed, Dhcp4Message.FILE_LENGTH, file),
            snameArea.field(middle, placed, Dhcp4Message.SNAME_LENGTH, sname), leftOut);
    }

    private static int length(@Nullable RawOption option) {
        return option == null ? 0 : Dhcp4Codec.wireLength(option);
    }

    private static boolean isBlank(Octets field) {
        for (int i = 0; i < field.length(); i++) {
            if (field.get(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** One field's room (END excluded) and the options placed in it. */
    private static final class Area {
        private int room;
        private final List<RawOption> options = new ArrayList<>();

        Area(int room) {
            this.room = room;
        }

        boolean take(RawOption option) {
            int length = Dhcp4Codec.wireLength(option);
            if (length > room) {
                return false;
            }
            room -= length;
            options.add(option);
            return true;
        }

        boolean isUsed() {
            return !options.isEmpty();
        }

        /**
         * The field: the options placed here, in the order given, then END, padded with zeros (PAD) to the
         * field's length; the field as it was when nothing went here.
         */
        Octets field(List<RawOption> ordered, Map<RawOption, Area> placed, int fieldLength, Octets unused) {
            if (!isUsed()) {
                return unused;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ordered.stream().filter(o -> placed.get(o) == this).forEach(o -> Dhcp4Codec.writeOption(out, o));
            out.write(Dhcp4Codec.END);
            return Octets.of(out.toByteArray()).resized(fieldLength);
        }
    }
}
