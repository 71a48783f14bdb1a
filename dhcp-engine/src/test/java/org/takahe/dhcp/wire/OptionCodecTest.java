package org.takahe.dhcp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one option codec: text form to wire bytes and back, for every field type, arrays and records. */
class OptionCodecTest {

    private static OptionDefinition plain(OptionDataType type) {
        return new OptionDefinition(224, "test", type);
    }

    /** Text to bytes, bytes decoded and formatted back to the same text. */
    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "boolean      | true                  | 01",
        "boolean      | false                 | 00",
        "uint8        | 255                   | ff",
        "uint16       | 1500                  | 05dc",
        "uint32       | 4294967295            | ffffffff",
        "int8         | -1                    | ff",
        "int16        | -2                    | fffe",
        "int32        | -3600                 | fffff1f0",
        "ipv4-address | 198.18.0.1            | c6120001",
        "string       | pxelinux.0            | 7078656c696e75782e30",
        "binary       | 0a1b2c                | 0a1b2c",
        "fqdn         | example.test          | 076578616d706c65047465737400",
    })
    void eachFieldTypeRoundTrips(String type, String text, String hex) throws OptionDataException {
        OptionDefinition definition = plain(OptionDataType.byName(type).orElseThrow());
        Octets wire = OptionCodec.fromText(definition, text);
        assertEquals(Octets.fromHex(hex), wire);
        assertEquals(text, OptionCodec.format(definition, OptionCodec.decode(definition, wire).orElseThrow()));
    }

    @Test
    void numbersAlsoReadInHexAndAreRangeChecked() throws OptionDataException {
        assertEquals(Octets.fromHex("00ff"), OptionCodec.fromText(plain(OptionDataType.UINT16), "0xff"));
        OptionDataException tooBig = assertThrows(OptionDataException.class,
            () -> OptionCodec.fromText(plain(OptionDataType.UINT8), "256"));
        assertEquals("option test, value 1: 256 is out of range for uint8", tooBig.getMessage());
        assertThrows(OptionDataException.class, () -> OptionCodec.fromText(plain(OptionDataType.INT8), "128"));
        assertThrows(OptionDataException.class, () -> OptionCodec.fromText(plain(OptionDataType.UINT32), "-1"));
    }

    @Test
    void arraysTakeOneOrMoreCommaSeparatedValues() throws OptionDataException {
        assertEquals(Octets.fromHex("c6120035c6120036"),
            OptionCodec.fromText(StandardOptions.DOMAIN_NAME_SERVERS, "198.18.0.53, 198.18.0.54"));
        assertEquals(Octets.fromHex("0044004405dc"),
            OptionCodec.fromText(StandardOptions.byName("path-mtu-plateau-table").orElseThrow(), "68,68,1500"));
        assertEquals(List.of(lan(53), lan(54)), new Dhcp4Options(List.of(
            new RawOption(6, Octets.fromHex("c6120035c6120036")))).domainNameServers());
    }

    @Test
    void domainSearchIsAnArrayOfNames() throws OptionDataException {
        OptionDefinition search = StandardOptions.byCode(119).orElseThrow();
        Octets wire = OptionCodec.fromText(search, "example.test, lab.example.test.");
        assertEquals(Octets.fromHex("076578616d706c650474657374000" + "36c6162076578616d706c6504746573740" + "0"),
            wire);
        assertEquals("example.test, lab.example.test",
            OptionCodec.format(search, OptionCodec.decode(search, wire).orElseThrow()));
    }

    @Test
    void recordsTakeTheirFieldsInOrderAndTheLastMayRepeat() throws OptionDataException {
        OptionDefinition agent = StandardOptions.byCode(78).orElseThrow(); // boolean, then ipv4-address[]
        assertEquals(Octets.fromHex("01c6120001c6120002"), OptionCodec.fromText(agent, "true, 198.18.0.1, 198.18.0.2"));
        OptionDefinition ndi = StandardOptions.byCode(94).orElseThrow(); // uint8, uint8, uint8
        assertEquals(Octets.fromHex("010201"), OptionCodec.fromText(ndi, "1, 2, 1"));
        OptionDataException tooMany = assertThrows(OptionDataException.class,
            () -> OptionCodec.fromText(ndi, "1, 2, 1, 4"));
        assertEquals("option client-ndi (record(uint8, uint8, uint8)) needs 3 values, got 4 (write a comma inside a "
            + "value as \\,)", tooMany.getMessage());
        assertEquals("record(boolean, ipv4-address[])", agent.describeType());
        OptionDefinition guid = StandardOptions.byCode(97).orElseThrow(); // uint8, binary (the rest)
        assertEquals(Octets.fromHex("00a1b2c3"), OptionCodec.fromText(guid, "0, a1:b2:c3"));
    }

    @Test
    void classlessStaticRoutesCarryOnlyTheSignificantOctets() throws OptionDataException {
        OptionDefinition routes = StandardOptions.byCode(121).orElseThrow();
        Octets wire = OptionCodec.fromText(routes, "198.18.4.0/24 - 198.18.0.1, 0.0.0.0/0 - 198.18.0.254");
        // RFC 3442 §3: 24, 198.18.4, router; then 0 (default route), router.
        assertEquals(Octets.fromHex("18c61204c6120001" + "00c61200fe"), wire);
        assertEquals("198.18.4.0/24 - 198.18.0.1, 0.0.0.0/0 - 198.18.0.254",
            OptionCodec.format(routes, OptionCodec.decode(routes, wire).orElseThrow()));
        OptionDataException hostBits = assertThrows(OptionDataException.class,
            () -> OptionCodec.fromText(routes, "198.18.4.1/24 - 198.18.0.1"));
        assertTrue(hostBits.getMessage().contains("bits set beyond its prefix length"), hostBits.getMessage());
    }

    @Test
    void aCommaInsideAStringIsEscaped() throws OptionDataException {
        OptionDefinition url = plain(OptionDataType.STRING);
        assertEquals(Octets.of("a,b".getBytes(StandardCharsets.US_ASCII)),
            OptionCodec.fromText(url, "a\\,b"));
        assertEquals("a\\,b", OptionCodec.format(url, new OptionValue.Text("a,b")));
        assertThrows(OptionDataException.class, () -> OptionCodec.fromText(url, "a,b"));
    }

    @Test
    void badValuesAreRefusedWithTheReason() {
        assertEquals("option routers, value 2: '198.18.0.256' is not an IPv4 address", assertThrows(
            OptionDataException.class, () -> OptionCodec.fromText(StandardOptions.ROUTERS, "198.18.0.1, 198.18.0.256"))
            .getMessage());
        assertEquals("option test, value 1: 'maybe' is not a boolean (true, false, 1 or 0)", assertThrows(
            OptionDataException.class, () -> OptionCodec.fromText(plain(OptionDataType.BOOLEAN), "maybe"))
            .getMessage());
        assertThrows(OptionDataException.class, () -> OptionCodec.fromText(plain(OptionDataType.FQDN), "a..b"));
        assertThrows(OptionDataException.class, () -> OptionCodec.fromText(plain(OptionDataType.STRING), ""));
        assertThrows(OptionDataException.class, () -> OptionCodec.fromText(StandardOptions.VENDOR_SPECIFIC, "x"));
    }

    @Test
    void hexDataMustDecodeUnderTheDefinition() throws OptionDataException {
        assertEquals(Octets.fromHex("05dc"), OptionCodec.fromHex(plain(OptionDataType.UINT16), "0x05:DC"));
        assertEquals("hex data 05dc00 is not a valid test (uint16)", assertThrows(OptionDataException.class,
            () -> OptionCodec.fromHex(plain(OptionDataType.UINT16), "05dc00")).getMessage());
        assertThrows(OptionDataException.class, () -> OptionCodec.hex("abc"));
        assertEquals(Octets.fromHex("0102ff"), OptionCodec.fromHex(StandardOptions.VENDOR_SPECIFIC, "0102ff"),
            "a container takes any sub-option bytes");
    }

    @Test
    void decodingIsLenientAndNeverThrows() {
        assertEquals(Optional.empty(), OptionCodec.decode(StandardOptions.ROUTERS, Octets.fromHex("c61200")));
        assertEquals(Optional.empty(), OptionCodec.decode(plain(OptionDataType.BOOLEAN), Octets.fromHex("02")));
        assertEquals(Optional.empty(), OptionCodec.decode(plain(OptionDataType.FQDN), Octets.fromHex("05616263")));
        assertEquals(Optional.empty(), OptionCodec.decode(plain(OptionDataType.FQDN), Octets.fromHex("03616263")),
            "a name without its root label");
        assertEquals(Optional.empty(), OptionCodec.decode(plain(OptionDataType.EMPTY), Octets.fromHex("00")));
        assertEquals(Optional.of(new OptionValue.Empty()),
            OptionCodec.decode(plain(OptionDataType.EMPTY), Octets.empty()));
    }

    @Test
    void definitionsThatCannotBeDecodedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OptionDefinition.record(224, "x", false,
            OptionDataType.STRING, OptionDataType.UINT8));
        assertThrows(IllegalArgumentException.class, () -> OptionDefinition.arrayOf(224, "x", OptionDataType.BINARY));
        assertThrows(IllegalArgumentException.class, () -> new OptionDefinition(0, "x", OptionDataType.UINT8));
        assertThrows(IllegalArgumentException.class, () -> OptionDefinition.record(224, "x", false,
            OptionDataType.RECORD));
    }

    @Test
    void everyStandardRowHasAUniqueCodeAndName() {
        assertEquals(StandardOptions.ALL.size(), StandardOptions.ALL.stream().map(OptionDefinition::code)
            .distinct().count());
        assertEquals(StandardOptions.ALL.size(), StandardOptions.ALL.stream().map(OptionDefinition::name)
            .distinct().count());
        assertEquals("tftp-server-name", StandardOptions.byCode(66).orElseThrow().name());
        assertEquals("boot-file-name", StandardOptions.byCode(67).orElseThrow().name());
    }

    @Test
    void customDefinitionsJoinTheCatalogueButCannotReplaceStandardOnes() {
        OptionDefinition custom = new OptionDefinition(1, "cookie", "acme", OptionDataType.STRING, false, List.of(),
            Optional.empty());
        OptionCatalogue catalogue = OptionCatalogue.withCustom(List.of(custom));
        assertEquals(Optional.of(custom), catalogue.find(new OptionKey("acme", 1)));
        assertEquals(Optional.of(custom), catalogue.findByName("acme", "cookie"));
        assertEquals(Optional.of(StandardOptions.ROUTERS), catalogue.find(OptionKey.dhcp4(3)));
        IllegalArgumentException redefined = assertThrows(IllegalArgumentException.class,
            () -> OptionCatalogue.withCustom(List.of(new OptionDefinition(3, "gateways", OptionDataType.BINARY))));
        assertEquals("option 3 is the standard option routers; its definition cannot be changed",
            redefined.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OptionCatalogue.withCustom(List.of(
            new OptionDefinition(224, "routers", OptionDataType.BINARY))), "a standard name in the same space");
    }

    private static Inet4Address lan(int host) {
        return Ipv4Bytes.of(new byte[] {(byte) 198, 18, 0, (byte) host});
    }
}
