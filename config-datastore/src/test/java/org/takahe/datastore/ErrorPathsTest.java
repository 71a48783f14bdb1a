package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeWithValue;

class ErrorPathsTest {

    @Test
    void listEntryIsRenderedWithItsKeysAndModulePrefixes() {
        assertEquals("/tt:server/tt:pools/tt:pool[tt:id='lan']/tt:prefix-length",
            ErrorPaths.render(TestModel.poolPath("lan").node(TestModel.PREFIX_LENGTH), TestModel.SCHEMA));
    }

    @Test
    void leafListEntryIsRenderedWithItsValue() {
        YangInstanceIdentifier path = TestModel.poolPath("lan").node(TestModel.DNS_SERVER)
            .node(new NodeWithValue<>(TestModel.DNS_SERVER, "it's"));

        assertEquals("/tt:server/tt:pools/tt:pool[tt:id='lan']/tt:dns-server[.=\"it's\"]",
            ErrorPaths.render(path, TestModel.SCHEMA));
    }

    @Test
    void prefixesUsedByARenderedPathComeWithTheirNamespaces() {
        assertEquals(Map.of("tt", TestModel.NS),
            ErrorPaths.prefixesIn("/tt:server/tt:name", TestModel.SCHEMA));
    }
}
