package org.takahe.dhcp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The layouts inside options 43 (sub-options) and 124/125 (RFC 3925 enterprise blocks). */
class VendorOptionCodecTest {

    @Test
    void subOptionsAreCodeLengthDataLikeOptions() {
        List<RawOption> subOptions = List.of(new RawOption(1, Octets.fromHex("0a0b")), new RawOption(6,
            Octets.fromHex("08")));
        Octets data = SubOptions.encode(subOptions);
        assertEquals(Octets.fromHex("01020a0b" + "060108"), data);
        assertEquals(Optional.of(subOptions), SubOptions.decode(data));
        assertEquals(Optional.of(subOptions), SubOptions.decode(Octets.fromHex("0001020a0b060108ff0000")),
            "pads skipped, END stops");
        assertEquals(Optional.empty(), SubOptions.decode(Octets.fromHex("0105aa")), "a length past the end");
    }

    @Test
    void vendorIdentifyingBlocksCarryEnterpriseNumberLengthAndData() {
        List<VendorIdentifyingOptions.Block> blocks = List.of(
            new VendorIdentifyingOptions.Block(4491, Octets.fromHex("0201ff")),
            new VendorIdentifyingOptions.Block(3561, Octets.fromHex("")));
        Octets data = VendorIdentifyingOptions.encode(blocks);
        assertEquals(Octets.fromHex("0000118b" + "03" + "0201ff" + "00000de9" + "00"), data);
        assertEquals(blocks, VendorIdentifyingOptions.decode(data));
        assertEquals(List.of(blocks.getFirst()),
            VendorIdentifyingOptions.decode(Octets.fromHex("0000118b030201ff0000")), "a truncated block is ignored");
    }

    @Test
    void dataLongerThanOneBlockIsSplitAcrossBlocksOfTheSameEnterprise() {
        Octets big = Octets.of(new byte[300]);
        List<VendorIdentifyingOptions.Block> decoded = VendorIdentifyingOptions.decode(
            VendorIdentifyingOptions.encode(List.of(new VendorIdentifyingOptions.Block(4491, big))));
        assertEquals(List.of(255, 45), decoded.stream().map(b -> b.data().length()).toList());
        assertEquals(List.of(4491L, 4491L), decoded.stream().map(VendorIdentifyingOptions.Block::enterpriseNumber)
            .toList());
    }

    @Test
    void vendorSpacesNameTheirEnterprise() {
        assertEquals("vendor-4491", OptionSpace.vendor(4491));
        assertEquals(java.util.OptionalLong.of(4491), OptionSpace.enterpriseOf("vendor-4491"));
        assertEquals(java.util.OptionalLong.empty(), OptionSpace.enterpriseOf("vendor-encapsulated-options-space"));
        assertEquals(java.util.OptionalLong.empty(), OptionSpace.enterpriseOf("vendor-99999999999"));
    }
}
