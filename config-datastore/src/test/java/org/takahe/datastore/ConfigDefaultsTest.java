package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.datastore.DefaultsModel.SCHEMA;
import static org.takahe.datastore.DefaultsModel.settings;

import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;

class ConfigDefaultsTest {

    private final ConfigDefaults defaults = new ConfigDefaults(SCHEMA);

    @Test
    void reportAllFillsLeavesTypedefDefaultsLeafListsNonPresenceContainersAndTheDefaultCase() {
        ContainerNode filled = defaults.reportAll(DataRoots.empty(), false);

        assertEquals(settings("<mode>safe</mode><retries>3</retries><share>50</share><tags>a</tags><tags>b</tags>"
            + "<limits><max>100</max></limits><file><sync>true</sync></file>"), filled);
    }

    @Test
    void reportAllKeepsExplicitValuesAndFillsThePresenceContainerAndEveryListEntry() {
        ContainerNode filled = defaults.reportAll(settings("<retries>7</retries><tags>z</tags><tuning/>"
            + "<item><name>x</name></item><item><name>y</name><weight>9</weight></item>"), false);

        assertEquals(settings("<mode>safe</mode><retries>7</retries><share>50</share><tags>z</tags>"
            + "<limits><max>100</max></limits><tuning><level>5</level></tuning><file><sync>true</sync></file>"
            + "<item><name>x</name><weight>1</weight></item><item><name>y</name><weight>9</weight></item>"), filled);
    }

    @Test
    void reportAllFillsTheSelectedCaseRatherThanTheDefaultCase() {
        ContainerNode filled = defaults.reportAll(settings("<label>ram</label>"), false);

        assertEquals(settings("<mode>safe</mode><retries>3</retries><share>50</share><tags>a</tags><tags>b</tags>"
            + "<limits><max>100</max></limits><size>64</size><label>ram</label>"), filled);
    }

    @Test
    void reportAllOfConfigurationLeavesStateOut() {
        ContainerNode withState = defaults.reportAll(DataRoots.empty(), true);

        assertEquals(true, TestModel.find(withState, settingsPath().node(qname("counters"))).isPresent());
        assertEquals(false, TestModel.find(defaults.reportAll(DataRoots.empty(), false),
            settingsPath().node(qname("counters"))).isPresent());
    }

    @Test
    void trimDropsValuesEqualToTheirDefaultAndContainersLeftEmpty() {
        ContainerNode trimmed = defaults.trim(settings("<mode>safe</mode><retries>7</retries><tags>a</tags>"
            + "<tags>b</tags><limits><max>100</max></limits><file><sync>false</sync></file>"
            + "<item><name>x</name><weight>1</weight></item>"));

        assertEquals(settings("<retries>7</retries><file><sync>false</sync></file><item><name>x</name></item>"),
            trimmed);
    }

    @Test
    void trimOfReportAllGivesBackTheExplicitValuesThatDifferFromDefaults() {
        ContainerNode explicit = settings("<retries>7</retries><item><name>x</name></item>");

        assertEquals(explicit, defaults.trim(defaults.reportAll(explicit, false)));
    }

    private static org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier settingsPath() {
        return org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.of(qname("settings"));
    }

    private static org.opendaylight.yangtools.yang.common.QName qname(String name) {
        return org.opendaylight.yangtools.yang.common.QName.create(DefaultsModel.NS, "2025-01-01", name);
    }
}
