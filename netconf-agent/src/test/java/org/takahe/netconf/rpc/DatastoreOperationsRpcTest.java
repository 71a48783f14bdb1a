package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertError;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertOk;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.config;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.editCandidate;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.editRunning;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.errors;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.leaf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.datastore.DatastoreName;
import org.w3c.dom.Element;

/** copy-config, delete-config, validate, :url and edit-config's test and error options over the real datastore. */
class DatastoreOperationsRpcTest {

    @TempDir
    Path directory;

    private DatastoreRpcHarness nc;

    @BeforeEach
    void open() throws Exception {
        nc = new DatastoreRpcHarness(directory);
        assertOk(nc.send(nc.one, editRunning("<label>lab</label><item><id>a</id><size>4</size></item>")));
    }

    @AfterEach
    void close() {
        nc.close();
    }

    private String getConfig(String source) throws Exception {
        return leaf(nc.send(nc.one, "<get-config><source><" + source + "/></source></get-config>"), "label");
    }

    @Test
    void copyConfigOfRunningToStartupSavesStartupAndDeleteConfigRemovesIt() throws Exception {
        assertOk(nc.send(nc.one, "<copy-config><target><startup/></target><source><running/></source></copy-config>"));
        assertEquals("lab", getConfig("startup"));
        assertTrue(Files.exists(directory.resolve("startup.xml")));

        assertOk(nc.send(nc.one, "<delete-config><target><startup/></target></delete-config>"));
        assertEquals("", getConfig("startup"));
        assertFalse(Files.exists(directory.resolve("startup.xml")));
    }

    @Test
    void deleteConfigOfRunningIsInvalidValue() throws Exception {
        Element error = assertError(nc.send(nc.one, "<delete-config><target><running/></target></delete-config>"),
            "invalid-value");
        assertEquals("target", leaf(error, "bad-element"));
        assertEquals("lab", getConfig("running"));
    }

    @Test
    void copyConfigOfInlineConfigurationReplacesRunningAfterValidation() throws Exception {
        assertOk(nc.send(nc.one, "<copy-config><target><running/></target><source>" + config("<label>new</label>")
            + "</source></copy-config>"));
        assertEquals("new", getConfig("running"));
        assertEquals("", leaf(nc.send(nc.one, "<get-config><source><running/></source></get-config>"), "item"));

        Element error = assertError(nc.send(nc.one, "<copy-config><target><running/></target><source>"
            + config("<item><id>b</id></item>") + "</source></copy-config>"), "missing-element");
        assertEquals("size", leaf(error, "bad-element"));
        assertEquals("new", getConfig("running"));
    }

    @Test
    void copyConfigOntoItselfIsInvalidValue() throws Exception {
        assertError(nc.send(nc.one, "<copy-config><target><running/></target><source><running/></source>"
            + "</copy-config>"), "invalid-value");
    }

    @Test
    void copyConfigToCandidateIsCommittedLater() throws Exception {
        assertOk(nc.send(nc.one, "<copy-config><target><candidate/></target><source>" + config("<label>c</label>")
            + "</source></copy-config>"));
        assertEquals("c", getConfig("candidate"));
        assertEquals("lab", getConfig("running"));
        assertOk(nc.send(nc.one, "<commit/>"));
        assertEquals("c", getConfig("running"));
    }

    @Test
    void fileUrlInsideTheDataDirectoryIsAConfigurationSourceAndTarget() throws Exception {
        String backup = nc.url("backups/lab.xml");
        assertOk(nc.send(nc.one, "<copy-config><target><url>" + backup + "</url></target><source><running/></source>"
            + "</copy-config>"));
        assertOk(nc.send(nc.one, editRunning("<label>changed</label>")));
        assertOk(nc.send(nc.one, "<validate><source><url>" + backup + "</url></source></validate>"));

        assertOk(nc.send(nc.one, "<copy-config><target><running/></target><source><url>" + backup + "</url>"
            + "</source></copy-config>"));

        assertEquals("lab", getConfig("running"));
        assertOk(nc.send(nc.one, "<delete-config><target><url>" + backup + "</url></target></delete-config>"));
        assertFalse(Files.exists(directory.resolve("backups/lab.xml")));
    }

    @Test
    void urlOutsideTheDataDirectoryIsRefusedNamingTheUrl() throws Exception {
        String outside = directory.getParent().resolve("elsewhere.xml").toUri().toString();
        Element error = assertError(nc.send(nc.one, "<copy-config><target><url>" + outside + "</url></target>"
            + "<source><running/></source></copy-config>"), "invalid-value");
        assertEquals("url", leaf(error, "bad-element"));
        assertTrue(leaf(error, "error-message").contains("data directory"), leaf(error, "error-message"));
        assertFalse(Files.exists(directory.getParent().resolve("elsewhere.xml")));
    }

    @Test
    void editConfigTakesItsEditsFromAFileUrl() throws Exception {
        Files.writeString(directory.resolve("edit.xml"), "<config xmlns=\"" + NetconfXml.BASE_NS + "\"><box xmlns=\""
            + DatastoreRpcHarness.NS + "\"><label>from-file</label></box></config>");
        assertOk(nc.send(nc.one, "<edit-config><target><running/></target><url>" + nc.url("edit.xml") + "</url>"
            + "</edit-config>"));
        assertEquals("from-file", getConfig("running"));
    }

    @Test
    void validateChecksTheCandidateWithoutCommittingIt() throws Exception {
        assertOk(nc.send(nc.one, editCandidate("<item><id>b</id></item>")));

        Element error = assertError(nc.send(nc.one, "<validate><source><candidate/></source></validate>"),
            "missing-element");
        assertTrue(leaf(error, "error-path").endsWith("nd:size"), leaf(error, "error-path"));
        assertOk(nc.send(nc.one, "<validate><source>" + config("<label>fine</label>") + "</source></validate>"));
        assertTrue(nc.datastore.candidateModified());
        assertEquals("lab", getConfig("running"));
    }

    @Test
    void testOnlyValidatesTheEditAndChangesNothing() throws Exception {
        assertOk(nc.send(nc.one, "<edit-config><target><running/></target><test-option>test-only</test-option>"
            + config("<label>tested</label>") + "</edit-config>"));
        assertError(nc.send(nc.one, "<edit-config><target><candidate/></target><test-option>test-only</test-option>"
            + config("<item><id>b</id></item>") + "</edit-config>"), "missing-element");
        assertEquals("lab", getConfig("running"));
        assertFalse(nc.datastore.candidateModified());
    }

    @Test
    void continueOnErrorAppliesWhatSucceedsAndReportsEveryFailure() throws Exception {
        Element reply = nc.send(nc.one, "<edit-config><target><running/></target>"
            + "<error-option>continue-on-error</error-option><config><box xmlns=\"" + DatastoreRpcHarness.NS + "\""
            + " xmlns:nc=\"" + NetconfXml.BASE_NS + "\"><label>kept</label>"
            + "<item nc:operation=\"delete\"><id>ghost</id></item>"
            + "<item nc:operation=\"create\"><id>a</id><size>1</size></item>"
            + "<item nc:operation=\"create\"><id>c</id><size>2</size></item></box></config></edit-config>");

        assertEquals(2, errors(reply).size(), () -> DatastoreRpcHarness.text(reply));
        assertEquals("data-missing", leaf(errors(reply).get(0), "error-tag"));
        assertEquals("data-exists", leaf(errors(reply).get(1), "error-tag"));
        assertEquals("kept", getConfig("running"));
        assertTrue(nc.datastore.read(DatastoreName.RUNNING).toString().contains("id=c"));
    }

    @Test
    void rollbackOnErrorAppliesNothingWhenAnEditFails() throws Exception {
        assertError(nc.send(nc.one, "<edit-config><target><running/></target>"
            + "<error-option>rollback-on-error</error-option><config><box xmlns=\"" + DatastoreRpcHarness.NS + "\""
            + " xmlns:nc=\"" + NetconfXml.BASE_NS + "\"><label>lost</label>"
            + "<item nc:operation=\"delete\"><id>ghost</id></item></box></config></edit-config>"), "data-missing");
        assertEquals("lab", getConfig("running"));
    }

    @Test
    void unknownTestOptionIsInvalidValue() throws Exception {
        Element error = assertError(nc.send(nc.one, "<edit-config><target><running/></target><test-option>maybe"
            + "</test-option>" + config("<label>x</label>") + "</edit-config>"), "invalid-value");
        assertEquals("test-option", leaf(error, "bad-element"));
    }

    @Test
    void unknownDataElementCarriesBadElementAndUnknownNamespaceBadNamespace() throws Exception {
        Element unknown = assertError(nc.send(nc.one, editRunning("<shape>round</shape>")), "unknown-element");
        assertEquals("shape", leaf(unknown, "bad-element"));

        Element namespace = assertError(nc.send(nc.one, "<edit-config><target><running/></target><config>"
            + "<box xmlns=\"urn:nobody\"/></config></edit-config>"), "unknown-namespace");
        assertEquals("box", leaf(namespace, "bad-element"));
        assertEquals("urn:nobody", leaf(namespace, "bad-namespace"));
    }
}
