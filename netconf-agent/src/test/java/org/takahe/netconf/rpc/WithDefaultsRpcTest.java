package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertError;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertOk;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.editRunning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.WithDefaultsMode;
import org.w3c.dom.Element;

/** RFC 6243 with-defaults on get-config and get. */
class WithDefaultsRpcTest {

    @TempDir
    Path directory;

    private DatastoreRpcHarness nc;

    @BeforeEach
    void open() throws Exception {
        nc = new DatastoreRpcHarness(directory);
        // colour set to its default explicitly, weight left out
        assertOk(nc.send(nc.one, editRunning("<colour>blue</colour><item><id>a</id><size>4</size></item>")));
    }

    @AfterEach
    void close() {
        nc.close();
    }

    private Element getConfig(String mode) throws Exception {
        return nc.send(nc.one, "<get-config><source><running/></source>" + mode + "</get-config>");
    }

    private static String withDefaults(String mode) {
        return "<with-defaults xmlns=\"" + WithDefaultsMode.PARAMETER_NAMESPACE + "\">" + mode + "</with-defaults>";
    }

    /** The local names of the leaves and leaf-list entries in the reply, with a * for each tagged default. */
    private static List<String> leaves(Element reply) {
        List<String> names = new ArrayList<>();
        var all = reply.getElementsByTagNameNS(DatastoreRpcHarness.NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (NetconfXml.childElements(element).isEmpty()) {
                boolean tagged = "true".equals(element.getAttributeNS(WithDefaultsMode.ATTRIBUTE_NAMESPACE,
                    "default"));
                names.add(element.getLocalName() + (tagged ? "*" : ""));
            }
        }
        return names.stream().sorted().toList();
    }

    @Test
    void withoutTheParameterTheBasicModeExplicitReportsWhatWasSet() throws Exception {
        assertEquals(List.of("colour", "id", "size"), leaves(getConfig("")));
        assertEquals(List.of("colour", "id", "size"), leaves(getConfig(withDefaults("explicit"))));
    }

    @Test
    void reportAllAddsEveryDefault() throws Exception {
        assertEquals(List.of("colour", "id", "max", "size", "tags", "weight"),
            leaves(getConfig(withDefaults("report-all"))));
    }

    @Test
    void trimLeavesOutValuesEqualToTheirDefault() throws Exception {
        assertEquals(List.of("id", "size"), leaves(getConfig(withDefaults("trim"))));
    }

    @Test
    void reportAllTaggedMarksEveryDefaultValueSetOrNot() throws Exception {
        assertEquals(List.of("colour*", "id", "max*", "size", "tags*", "weight*"),
            leaves(getConfig(withDefaults("report-all-tagged"))));
    }

    @Test
    void getReportsStateDefaultsToo() throws Exception {
        Element reply = nc.send(nc.one, "<get>" + withDefaults("report-all") + "</get>");
        assertEquals(List.of("colour", "hits", "id", "max", "size", "tags", "weight"), leaves(reply));
    }

    @Test
    void unknownModeIsInvalidValue() throws Exception {
        assertEquals("with-defaults", DatastoreRpcHarness.leaf(
            assertError(getConfig(withDefaults("report-some")), "invalid-value"), "bad-element"));
    }
}
