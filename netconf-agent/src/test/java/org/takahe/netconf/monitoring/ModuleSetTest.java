package org.takahe.netconf.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.netconf.ManagementSchema;
import org.takahe.netconf.TestSchema;

class ModuleSetTest {

    private static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
    private static final String URL = "urn:ietf:params:netconf:capability:url:1.0?scheme=file";

    private static EffectiveModelContext schema;

    @BeforeAll
    static void loadSchema() {
        schema = ManagementSchema.load();
    }

    @Test
    void ietfNetconfFeaturesAreTheAdvertisedProtocolCapabilities() {
        ModuleSet modules = ModuleSet.of(schema, List.of(CANDIDATE, URL));

        assertEquals(List.of("candidate", "url"), module(modules, "ietf-netconf").features());
        assertTrue(modules.capabilities().contains(
            "urn:ietf:params:xml:ns:netconf:base:1.0?module=ietf-netconf&revision=2011-06-01&features=candidate,url"));
    }

    @Test
    void nmdaWithDefaultsFollowsTheCapabilityAndOriginIsNeverClaimed() {
        assertEquals(List.of(), module(ModuleSet.of(schema, List.of()), "ietf-netconf-nmda").features());
        assertEquals(List.of("with-defaults"), module(ModuleSet.of(schema, List.of(
            "urn:ietf:params:netconf:capability:with-defaults:1.0?basic-mode=explicit")), "ietf-netconf-nmda")
            .features());
    }

    @Test
    void contentIdIsStableAndFollowsTheFeatures() {
        String once = ModuleSet.of(schema, List.of(CANDIDATE)).contentId();

        assertEquals(once, ModuleSet.of(schema, List.of(CANDIDATE)).contentId());
        assertNotEquals(once, ModuleSet.of(schema, List.of()).contentId());
    }

    @Test
    void yangLibraryCapabilityComesFirstAndOnlyWithTheModule() {
        ModuleSet modules = ModuleSet.of(schema, List.of());
        assertEquals("urn:ietf:params:netconf:capability:yang-library:1.1?revision=2019-01-04&content-id="
            + modules.contentId(), modules.capabilities().getFirst());

        ModuleSet small = ModuleSet.of(TestSchema.load(), List.of());
        assertEquals(List.of("urn:takahe:test:nctest?module=nctest&revision=2024-06-01"), small.capabilities());
        assertFalse(small.modules().isEmpty());
    }

    private static ModuleSet.ModuleInfo module(ModuleSet modules, String name) {
        return modules.modules().stream().filter(module -> module.name().equals(name)).findFirst().orElseThrow();
    }
}
