package org.takahe.dhcp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelayAgentInformationTest {

    @Test
    void circuitIdRemoteIdAndLinkSelectionAreReadAndOtherSubOptionsKeptRaw() throws Exception {
        // 1: "eth0/1", 2: 00:11:22:33:44:55, 9: vendor-specific bytes, 5: 198.18.5.0
        Octets data = Octets.fromHex("0106657468302f31" + "0206001122334455" + "0903aabbcc" + "0504c6120500");

        RelayAgentInformation info = RelayAgentInformation.parse(data);

        assertEquals(data, info.data());
        assertEquals(Optional.of(Octets.fromHex("657468302f31")), info.circuitId());
        assertEquals(Optional.of(Octets.fromHex("001122334455")), info.remoteId());
        assertEquals(Optional.of(InetAddress.getByName("198.18.5.0")), info.linkSelection());
        assertEquals(Optional.of(Octets.fromHex("aabbcc")), info.subOption(9));
        assertEquals(List.of(1, 2, 9, 5), info.subOptions().stream().map(RawOption::code).toList());
    }

    @Test
    void subOptionRunningPastTheEndLeavesNothingTrustedButTheDataIsKeptWhole() {
        Octets data = Octets.fromHex("0103616263" + "0209aabb");

        RelayAgentInformation info = RelayAgentInformation.parse(data);

        assertEquals(List.of(), info.subOptions());
        assertEquals(Optional.empty(), info.circuitId());
        assertEquals(data, info.data());
    }

    @Test
    void linkSelectionOfTheWrongLengthIsIgnored() {
        assertEquals(Optional.empty(), RelayAgentInformation.parse(Octets.fromHex("0503c61205")).linkSelection());
    }

    @Test
    void emptyOrOneByteOptionHasNoSubOptions() {
        assertEquals(List.of(), RelayAgentInformation.parse(Octets.empty()).subOptions());
        assertEquals(List.of(), RelayAgentInformation.parse(Octets.fromHex("01")).subOptions());
    }
}
