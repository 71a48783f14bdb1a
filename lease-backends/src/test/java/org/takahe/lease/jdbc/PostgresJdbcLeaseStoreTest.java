package org.takahe.lease.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreContract;
import org.takahe.lease.LeaseStoreException;

class PostgresJdbcLeaseStoreTest extends LeaseStoreContract {
    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Override
    protected LeaseStore newStore() throws Exception {
        database.reset();
        return JdbcLeaseStore.open(database.settings());
    }

    @Override
    protected LeaseStore reopen() throws LeaseStoreException {
        return JdbcLeaseStore.open(database.settings());
    }

    @Test
    void storeKeepsWorkingAfterTheDatabaseDropsItsConnections() throws Exception {
        Lease4 before = numberedLease(1);
        store.commit(before);
        database.terminateSessions();

        // The call that meets a dead connection may fail (the caller then answers no client); the pool
        // replaces the connection, so the one after it must succeed.
        Lease4 after = numberedLease(2);
        try {
            store.commit(after);
        } catch (LeaseStoreException e) {
            store.commit(after);
        }
        assertEquals(Optional.of(before), store.findByAddress(before.address()));
        assertEquals(Optional.of(after), store.findByAddress(after.address()));
    }

    @Test
    void unreachableDatabaseIsAClearError() {
        JdbcLeaseStoreSettings nowhere = new JdbcLeaseStoreSettings("jdbc:postgresql://127.0.0.1:1/takahe",
                "postgres", "not-logged", 1, Duration.ofSeconds(1));
        LeaseStoreException e = assertThrows(LeaseStoreException.class, () -> JdbcLeaseStore.open(nowhere));
        assertTrue(e.getMessage().contains("jdbc:postgresql://127.0.0.1:1/takahe"), e.getMessage());
        assertTrue(!e.getMessage().contains("not-logged"), e.getMessage());
    }
}
