package org.takahe.datastore.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.datastore.TestModel.CODEC;
import static org.takahe.datastore.TestModel.SCHEMA;
import static org.takahe.datastore.TestModel.config;
import static org.takahe.datastore.TestModel.data;
import static org.takahe.datastore.TestModel.edits;
import static org.takahe.datastore.TestModel.find;
import static org.takahe.datastore.TestModel.pool;
import static org.takahe.datastore.TestModel.poolPath;
import static org.takahe.datastore.TestModel.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.common.Uint8;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.takahe.datastore.DataRoots;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.Edit;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.TestModel;

class XmlDataCodecTest {

    @Test
    void configElementChildrenBecomeTopLevelNodesWithTypedValues() throws DatastoreException {
        ContainerNode root = data(server("<name>lab</name><pools>" + pool("lan", 24) + "</pools>"));

        assertEquals(DataRoots.ID, root.name());
        assertEquals(Uint8.valueOf(24),
            find(root, poolPath("lan").node(TestModel.PREFIX_LENGTH)).map(n -> ((LeafNode<?>) n).body()).orElseThrow());
        assertEquals("lab", find(root, TestModel.serverPath().node(TestModel.NAME))
            .map(n -> ((LeafNode<?>) n).body()).orElseThrow());
    }

    @Test
    void elementUnknownToTheModuleIsRejectedAsUnknownElementNamingIt() {
        DatastoreException e = assertThrows(DatastoreException.class, () -> data(server("<colour>red</colour>")));

        assertEquals(ErrorTag.UNKNOWN_ELEMENT, e.tag());
        assertEquals(Optional.of("/tt:server"), e.errorPath());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void elementOfUnknownNamespaceIsRejectedAsUnknownNamespace() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> data("<server xmlns=\"urn:example:nothing\"/>"));

        assertEquals(ErrorTag.UNKNOWN_NAMESPACE, e.tag());
    }

    @Test
    void valueOutsideRangeIsRejectedAsInvalidValueWithThePathOfTheLeaf() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> data(server("<pools>" + pool("lan", 31) + "</pools>")));

        assertEquals(ErrorTag.INVALID_VALUE, e.tag());
        assertEquals(Optional.of("/tt:server/tt:pools/tt:pool[tt:id='lan']/tt:prefix-length"), e.errorPath());
    }

    @Test
    void keyNotMatchingItsPatternIsRejectedAsInvalidValue() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> data(server("<pools>" + pool("LAN!", 24) + "</pools>")));

        assertEquals(ErrorTag.INVALID_VALUE, e.tag());
        assertEquals(Optional.of("/tt:server/tt:pools/tt:pool/tt:id"), e.errorPath());
    }

    @Test
    void stateDataInsideConfigIsRejected() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> data(server("<statistics><packets-received>1</packets-received></statistics>")));

        assertEquals(ErrorTag.UNKNOWN_ELEMENT, e.tag());
    }

    @Test
    void elementsWithoutOperationMergeAndEachOperationBecomesItsOwnEditAtItsPath() throws DatastoreException {
        List<Edit> edits = edits(server("<name>lab</name><pools>"
            + "<pool nc:operation=\"delete\"><id>old</id></pool>"
            + "<pool nc:operation=\"create\"><id>new</id><prefix-length>16</prefix-length></pool>"
            + "</pools>"));

        assertEquals(3, edits.size(), edits.toString());
        assertEquals(EditOperation.MERGE, edits.get(0).operation());
        assertEquals(YangInstanceIdentifier.of(), edits.get(0).path());
        ContainerNode merged = (ContainerNode) edits.get(0).data().orElseThrow();
        assertTrue(find(merged, TestModel.serverPath().node(TestModel.NAME)).isPresent());
        assertFalse(find(merged, poolPath("old")).isPresent(), "deleted entry must not be merged");
        assertFalse(find(merged, poolPath("new")).isPresent(), "created entry must not be merged");
        assertEquals(Edit.of(EditOperation.DELETE, poolPath("old")), edits.get(1));
        assertEquals(EditOperation.CREATE, edits.get(2).operation());
        assertEquals(poolPath("new"), edits.get(2).path());
    }

    @Test
    void nestedOperationFollowsTheEditOfItsAncestor() throws DatastoreException {
        List<Edit> edits = CODEC.parseEdit(config(server("<pools nc:operation=\"replace\">" + pool("a", 24)
            + "<pool><id>b</id><prefix-length nc:operation=\"remove\"/></pool></pools>")), Optional.empty());

        assertEquals(List.of(EditOperation.REPLACE, EditOperation.REMOVE),
            edits.stream().map(Edit::operation).toList());
        assertEquals(poolPath("b").node(TestModel.PREFIX_LENGTH), edits.get(1).path());
    }

    @Test
    void deleteOfListEntryReadsOnlyItsKey() throws DatastoreException {
        List<Edit> edits = CODEC.parseEdit(config(server("<pools><pool nc:operation=\"delete\"><id>a</id>"
            + "<prefix-length>not even a number</prefix-length></pool></pools>")), Optional.empty());

        assertEquals(List.of(Edit.of(EditOperation.DELETE, poolPath("a"))), edits);
    }

    @Test
    void unknownOperationIsRejectedAsBadAttribute() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> edits(server("<name nc:operation=\"upsert\">x</name>")));

        assertEquals(ErrorTag.BAD_ATTRIBUTE, e.tag());
        assertEquals(Optional.of("/tt:server/tt:name"), e.errorPath());
    }

    @Test
    void dataWrittenAsXmlReadsBackEqual() throws Exception {
        ContainerNode original = data(server("<name>lab</name><default-pool>lan</default-pool><pools>"
            + "<pool><id>lan</id><prefix-length>24</prefix-length><dns-server>a</dns-server>"
            + "<dns-server>b</dns-server></pool>" + pool("dmz", 28) + "</pools>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CODEC.writeConfigDocument(original, out);
        ContainerNode reread = CODEC.readConfigDocument(new ByteArrayInputStream(out.toByteArray()));

        assertEquals(original, reread, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("xmlns=\"urn:takahe:test\""));
    }

    @Test
    void documentWithDoctypeIsRefused() {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><config>&lol2;</config>";

        DatastoreException e = assertThrows(DatastoreException.class, () -> XmlDataCodec.parseSecure(
            new ByteArrayInputStream(billionLaughs.getBytes(StandardCharsets.UTF_8))));

        assertEquals(ErrorTag.MALFORMED_MESSAGE, e.tag());
    }

    @Test
    void externalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><c>&x;</c>";

        assertThrows(DatastoreException.class, () -> XmlDataCodec.parseSecure(
            new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void stateIsOverlaidOnConfig() throws DatastoreException {
        ContainerNode config = data(server("<name>lab</name>"));
        ContainerNode state = ImmutableNodes.newContainerBuilder().withNodeIdentifier(DataRoots.ID)
            .withChild(ImmutableNodes.newContainerBuilder().withNodeIdentifier(NodeIdentifier.create(TestModel.SERVER))
                .withChild(ImmutableNodes.newContainerBuilder()
                    .withNodeIdentifier(NodeIdentifier.create(TestModel.qname("statistics")))
                    .withChild(ImmutableNodes.leafNode(TestModel.qname("packets-received"), Uint64.valueOf(7)))
                    .build())
                .build())
            .build();

        ContainerNode merged = XmlDataCodec.merge(SCHEMA, config, state);

        assertTrue(find(merged, TestModel.serverPath().node(TestModel.NAME)).isPresent());
        assertEquals(Uint64.valueOf(7), find(merged, TestModel.serverPath().node(TestModel.qname("statistics"))
            .node(TestModel.qname("packets-received"))).map(n -> ((LeafNode<?>) n).body()).orElseThrow());
    }
}
