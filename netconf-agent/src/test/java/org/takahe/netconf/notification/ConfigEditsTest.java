package org.takahe.netconf.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.takahe.datastore.DataRoots;
import org.takahe.datastore.EditOperation;
import org.takahe.netconf.TestSchema;

class ConfigEditsTest {

    private static final QName SERVER = QName.create(TestSchema.NS, "2024-06-01", "server");
    private static final QName NAME = QName.create(SERVER, "name");
    private static final QName POOL = QName.create(SERVER, "pool");
    private static final QName ID = QName.create(SERVER, "id");

    @Test
    void changedLeafIsReplacedAndListEntriesAreCreatedAndDeletedOneByOne() {
        ContainerNode before = root("a", List.of("p1", "p2"));
        ContainerNode after = root("b", List.of("p2", "p3"));
        List<ConfigEdits.Change> changes = new ConfigEdits(100).between(before, after);
        YangInstanceIdentifier server = YangInstanceIdentifier.of(SERVER);
        // Siblings come in no particular order.
        assertEquals(Set.of(
            new ConfigEdits.Change(pool(server, "p1"), EditOperation.DELETE),
            new ConfigEdits.Change(server.node(NAME), EditOperation.REPLACE),
            new ConfigEdits.Change(pool(server, "p3"), EditOperation.CREATE)), Set.copyOf(changes));
        assertEquals(3, changes.size());
    }

    @Test
    void changeLargerThanTheLimitIsReportedAsItsTopLevelNodes() {
        List<ConfigEdits.Change> changes = new ConfigEdits(2).between(root("a", List.of("p1")),
            root("b", List.of("p2", "p3")));
        assertEquals(List.of(new ConfigEdits.Change(YangInstanceIdentifier.of(SERVER), EditOperation.REPLACE)),
            changes);
    }

    @Test
    void identicalTreesHaveNoEdits() {
        ContainerNode same = root("a", List.of("p1"));
        assertEquals(List.of(), new ConfigEdits(10).between(same, root("a", List.of("p1"))));
    }

    private static YangInstanceIdentifier pool(YangInstanceIdentifier server, String id) {
        return server.node(POOL).node(NodeIdentifierWithPredicates.of(POOL, ID, id));
    }

    private static ContainerNode root(String name, List<String> pools) {
        var map = ImmutableNodes.newSystemMapBuilder().withNodeIdentifier(NodeIdentifier.create(POOL));
        for (String id : pools) {
            map.withChild(entry(id));
        }
        return ImmutableNodes.newContainerBuilder().withNodeIdentifier(DataRoots.ID)
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(NodeIdentifier.create(SERVER))
                .withChild(ImmutableNodes.leafNode(NAME, name))
                .withChild(map.build())
                .build())
            .build();
    }

    private static MapEntryNode entry(String id) {
        return ImmutableNodes.newMapEntryBuilder().withNodeIdentifier(NodeIdentifierWithPredicates.of(POOL, ID, id))
            .withChild(ImmutableNodes.leafNode(ID, id)).build();
    }
}
