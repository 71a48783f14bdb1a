package org.takahe.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.dhcp.config.SharedNetwork4;
import org.takahe.dhcp.testing.TestConfigs;

class SharedNetworkPreflightTest {

    private static List<ConfigProblem> check(SharedNetwork4... networks) {
        DhcpConfig two = TestConfigs.twoSubnets("eth0");
        return ConfigPreflight.check(new DhcpConfig(two.interfaces(), two.serverIdentifier(), two.subnets(),
            List.of(networks)));
    }

    private static SharedNetwork4 network(String name, String... subnets) {
        return new SharedNetwork4(name, List.of(subnets), List.of(), Optional.empty());
    }

    @Test
    void sharedNetworkOfConfiguredSubnetsIsServed() {
        assertEquals(List.of(), check(network("floor1", "lan", "branch"), network("empty")));
    }

    @Test
    void subnetOnTwoLinksIsRefused() {
        assertEquals(List.of(new ConfigProblem("branch", Optional.empty(),
                "subnet branch is in shared networks floor1 and floor2; it can be on one link only")),
            check(network("floor1", "lan", "branch"), network("floor2", "branch")));
    }

    @Test
    void memberThatIsNoSubnetIsRefused() {
        assertEquals(List.of(new ConfigProblem("ghost", Optional.empty(),
                "shared network floor1 names subnet ghost, which is not configured")),
            check(network("floor1", "lan", "ghost")));
    }
}
