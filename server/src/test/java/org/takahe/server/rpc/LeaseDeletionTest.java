package org.takahe.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;
import org.takahe.dhcp.config.v6.Ipv6Prefix;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;
import org.takahe.lease.file.FileLeaseStore;
import org.takahe.lease.file.FileLeaseStoreSettings;
import org.takahe.netconf.rpc.NetconfXml;
import org.takahe.netconf.rpc.RpcDispatcher;
import org.takahe.netconf.rpc.RpcException;
import org.takahe.netconf.rpc.RpcOutput;
import org.takahe.netconf.rpc.RpcRequest;
import org.takahe.netconf.rpc.SessionContext;
import org.w3c.dom.Element;

/** The delete-address-lease and delete-prefix-lease operations against a real lease store. */
class LeaseDeletionTest {
    private static final String V4 = "urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server";
    private static final String V6 = "urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server";
    private static final String DUID = "000100012f3a4b5c525400123456";

    @TempDir
    Path directory;
    private FileLeaseStore store;
    private LeaseDeletion deletion;

    @BeforeEach
    void open() throws Exception {
        store = FileLeaseStore.open(directory, FileLeaseStoreSettings.DEFAULTS);
        deletion = new LeaseDeletion(store, store::delete, store::delete);
        Instant now = Instant.now();
        store.commit(new Lease4(Ipv4.parse("198.18.0.100"), "52:54:00:12:34:56", Optional.empty(), "lan", now, now,
            now.plusSeconds(600), Optional.empty()));
        store.commit(lease6("2001:db8:1::100", 128, LeaseType.NA));
        store.commit(lease6("2001:db8:100:200::", 56, LeaseType.PD));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static Lease6 lease6(String address, int length, LeaseType type) {
        Instant now = Instant.now();
        return new Lease6(Ipv6Prefix.parseAddress(address), length, type, DUID, 1, Optional.empty(), "lan", now, now,
            now.plusSeconds(300), now.plusSeconds(600), Duration.ofSeconds(150), Duration.ofSeconds(240),
            Optional.empty());
    }

    private RpcOutput run(String namespace, String operation, String leaf, String value) throws Exception {
        String xml = "<" + operation + " xmlns=\"" + namespace + "\"><" + leaf + ">" + value + "</" + leaf + "></"
            + operation + ">";
        Element element = NetconfXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        return deletion.operations().get(RpcDispatcher.qualified(namespace, operation))
            .handle(new RpcRequest(element, new Session()));
    }

    private static String message(RpcOutput output) {
        return ((RpcOutput.Parameters) output).children().getFirst().getTextContent();
    }

    @Test
    void eachFamilyAndTypeDeletesItsOwnLease() throws Exception {
        assertTrue(message(run(V6, "delete-address-lease", "lease-address-to-delete", "2001:db8:1::100"))
            .contains("deleted"));
        assertTrue(store.find(LeaseKey.na(Ipv6Prefix.parseAddress("2001:db8:1::100"))).isEmpty());
        run(V6, "delete-prefix-lease", "lease-prefix-to-delete", "2001:db8:100:200::/56");
        assertTrue(store.find(LeaseKey.pd(Ipv6Prefix.parseAddress("2001:db8:100:200::"), 56)).isEmpty());
        run(V4, "delete-address-lease", "lease-address-to-delete", "198.18.0.100");
        assertTrue(store.findByAddress(Ipv4.parse("198.18.0.100")).isEmpty());
        assertEquals(0, store.all().size());
    }

    @Test
    void aLeaseThatDoesNotExistIsAnErrorNamingTheInstance() {
        RpcException missing = assertThrows(RpcException.class,
            () -> run(V6, "delete-address-lease", "lease-address-to-delete", "2001:db8:1::999"));
        assertEquals(Optional.of("instance-required"), missing.error().appTag());
        assertEquals(3, store.all().size(), "nothing else is touched");
    }

    @Test
    void anAddressOfTheOtherFamilyOrNotAnAddressIsAnInvalidValue() {
        assertThrows(RpcException.class,
            () -> run(V6, "delete-address-lease", "lease-address-to-delete", "198.18.0.100"));
        assertThrows(RpcException.class,
            () -> run(V4, "delete-address-lease", "lease-address-to-delete", "2001:db8:1::100"));
        assertThrows(RpcException.class,
            () -> run(V6, "delete-prefix-lease", "lease-prefix-to-delete", "2001:db8:100:200::"));
        assertEquals(3, store.all().size());
    }

    private static final class Session implements SessionContext {
        @Override
        public long sessionId() {
            return 9;
        }

        @Override
        public String user() {
            return "admin";
        }

        @Override
        public boolean base11() {
            return true;
        }

        @Override
        public void closeAfterReply() {
        }

        @Override
        public void afterReply(Runnable action) {
        }

        @Override
        public void subscribed() {
        }

        @Override
        public void send(byte[] message) {
        }
    }
}
