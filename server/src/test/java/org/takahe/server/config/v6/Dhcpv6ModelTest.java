package org.takahe.server.config.v6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.netconf.monitoring.ModuleSet;
import org.takahe.server.config.EngineDatastore;

/** What the YANG library tells clients of the DHCPv6 models the server implements. */
class Dhcpv6ModelTest {
    private final ModuleSet modules = ModuleSet.of(EngineDatastore.SCHEMA, List.of());

    @Test
    void ietfDhcpv6ServerIsImplementedWithBothFeaturesAndTakahesDeviations() {
        ModuleSet.ModuleInfo ietf = module("ietf-dhcpv6-server");

        assertEquals(List.of("na-assignment", "prefix-delegation"), ietf.features());
        assertEquals(List.of("takahe-dhcpv6-server"), ietf.deviatedBy());
    }

    @Test
    void takahesAugmentingModuleIsListedWithItsRevision() {
        ModuleSet.ModuleInfo takahe = module("takahe-dhcpv6-server");

        assertEquals(Optional.of("2026-11-25"), takahe.revision());
        assertEquals("urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server", takahe.namespace());
    }

    private ModuleSet.ModuleInfo module(String name) {
        return modules.modules().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
