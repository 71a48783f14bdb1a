package org.takahe.dhcp.wire.v6;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Optional;
import org.takahe.dhcp.wire.Octets;

/**
 * A DHCP Unique Identifier (RFC 8415 §11), the data of CLIENTID and SERVERID: a 2-byte type, then up to 128
 * bytes whose layout the type gives. Compared byte for byte, as the RFC requires.
 *
 * @param bytes type code and identifier, 3 to 130 bytes
 */
public record Duid(Octets bytes) {
    /** Link-layer address plus time (§11.2). */
    public static final int LLT = 1;
    /** Enterprise number plus an identifier the enterprise assigns (§11.3). */
    public static final int EN = 2;
    /** Link-layer address (§11.4). */
    public static final int LL = 3;
    /** A UUID (RFC 6355). */
    public static final int UUID = 4;
    public static final int MAX_LENGTH = 130;

    /** @throws IllegalArgumentException unless 3 to 130 bytes long */
    public Duid {
        if (bytes.length() < 3 || bytes.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a DUID has a 2-byte type and 1 to 128 bytes, not " + bytes.length()
                + " bytes in all");
        }
    }

    /** The DUID in option data; empty if it is too short or too long to be one. */
    public static Optional<Duid> from(Octets data) {
        return data.length() >= 3 && data.length() <= MAX_LENGTH ? Optional.of(new Duid(data)) : Optional.empty();
    }

    /**
     * Reads hex digits, with or without ':' between bytes ("00:03:00:01:52:54:00:12:34:56").
     *
     * @throws IllegalArgumentException if the text is not hex bytes or not of a DUID's length
     */
    public static Duid fromHex(String hex) {
        return new Duid(Octets.of(HexFormat.of().parseHex(hex.replace(":", ""))));
    }

    /** DUID-LLT: hardware type, seconds since 2000-01-01 UTC (32 bits), link-layer address. */
    public static Duid llt(int hardwareType, long time, Octets linkLayerAddress) {
        Wire6.checkUint16("hardware type", hardwareType);
        Wire6.checkUint32("DUID-LLT time", time);
        return new Duid(Octets.of(ByteBuffer.allocate(8 + linkLayerAddress.length()).putShort((short) LLT)
            .putShort((short) hardwareType).putInt((int) time).put(linkLayerAddress.toByteArray()).array()));
    }

    /** DUID-LL: hardware type, link-layer address. */
    public static Duid ll(int hardwareType, Octets linkLayerAddress) {
        Wire6.checkUint16("hardware type", hardwareType);
        return new Duid(Octets.of(ByteBuffer.allocate(4 + linkLayerAddress.length()).putShort((short) LL)
            .putShort((short) hardwareType).put(linkLayerAddress.toByteArray()).array()));
    }

    /** DUID-EN: IANA enterprise number, then the enterprise's identifier. */
    public static Duid en(long enterpriseNumber, Octets identifier) {
        Wire6.checkUint32("enterprise number", enterpriseNumber);
        return new Duid(Octets.of(ByteBuffer.allocate(6 + identifier.length()).putShort((short) EN)
            .putInt((int) enterpriseNumber).put(identifier.toByteArray()).array()));
    }

    /** DUID-UUID (RFC 6355): the UUID's 16 bytes. */
    public static Duid uuid(java.util.UUID uuid) {
        return new Duid(Octets.of(ByteBuffer.allocate(18).putShort((short) UUID)
            .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array()));
    }

    /** The DUID type code (first two bytes); {@link #LLT}, {@link #EN}, {@link #LL}, {@link #UUID} or another. */
    public int type() {
        return (bytes.get(0) & 0xff) << 8 | bytes.get(1) & 0xff;
    }

    /**
     * The Ethernet address of a DUID-LLT or DUID-LL with hardware type 1 and six address bytes, as
     * "52:54:00:12:34:56"; empty for every other DUID. A DUID-LLT may name an interface other than the one the
     * client uses now (§11.2), so this is a hint, never an identity.
     */
    public Optional<String> hardwareAddress() {
        int addressAt = switch (type()) {
            case LLT -> 8;
            case LL -> 4;
            default -> -1;
        };
        if (addressAt < 0 || bytes.length() < addressAt) {
            return Optional.empty();
        }
        int hardwareType = (bytes.get(2) & 0xff) << 8 | bytes.get(3) & 0xff;
        byte[] all = bytes.toByteArray();
        byte[] address = new byte[all.length - addressAt];
        System.arraycopy(all, addressAt, address, 0, address.length);
        return Wire6.ethernet(hardwareType, Octets.of(address));
    }

    /** Lower-case hex without separators, e.g. "00030001525400123456". */
    public String toHex() {
        return bytes.toHex();
    }

    /** Lower-case hex with ':' between bytes, as Kea writes DUIDs. */
    public String toColonHex() {
        return bytes.toColonHex();
    }

    @Override
    public String toString() {
        return toColonHex();
    }
}
