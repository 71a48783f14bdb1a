package org.takahe.netconf.rpc;

import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertError;
import static org.takahe.netconf.rpc.DatastoreRpcHarness.assertOk;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The datastore leaf ietf-netconf-nmda adds to lock, unlock and validate (RFC 8526 §3.2). */
class NmdaDatastoreParameterTest {

    @TempDir
    Path directory;

    private DatastoreRpcHarness nc;

    @BeforeEach
    void open() throws Exception {
        nc = new DatastoreRpcHarness(directory);
    }

    @AfterEach
    void close() {
        nc.close();
    }

    private static String datastore(String identity) {
        return "<datastore xmlns=\"" + NmdaDatastore.NMDA_NS + "\" xmlns:ds=\"" + NmdaDatastore.DATASTORES_NS
            + "\">ds:" + identity + "</datastore>";
    }

    @Test
    void lockNamingAnNmdaDatastoreLocksTheConventionalOne() throws Exception {
        assertOk(nc.send(nc.one, "<lock><target>" + datastore("candidate") + "</target></lock>"));

        assertError(nc.send(nc.two, "<lock><target><candidate/></target></lock>"), "lock-denied");
        assertOk(nc.send(nc.one, "<unlock><target>" + datastore("candidate") + "</target></unlock>"));
        assertOk(nc.send(nc.two, "<lock><target><candidate/></target></lock>"));
    }

    @Test
    void lockOfOperationalIsInvalidValue() throws Exception {
        assertError(nc.send(nc.one, "<lock><target>" + datastore("operational") + "</target></lock>"),
            "invalid-value");
    }

    @Test
    void validateNamingAnNmdaDatastoreValidatesIt() throws Exception {
        assertOk(nc.send(nc.one, "<validate><source>" + datastore("running") + "</source></validate>"));
        assertError(nc.send(nc.one, "<validate><source>" + datastore("operational") + "</source></validate>"),
            "invalid-value");
    }

    @Test
    void nmdaDatastoreLeafIsRefusedWhereTheModuleDoesNotAddIt() throws Exception {
        assertError(nc.send(nc.one, "<get-config><source>" + datastore("running") + "</source></get-config>"),
            "invalid-value");
    }
}
