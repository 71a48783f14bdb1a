package org.takahe.lease.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreContract;
import org.takahe.lease.LeaseStoreException;

class H2JdbcLeaseStoreTest extends LeaseStoreContract {
    @TempDir
    Path directory;

    static JdbcLeaseStoreSettings h2Settings(Path directory) {
        return new JdbcLeaseStoreSettings("jdbc:h2:file:" + directory.resolve("leases"), "takahe", "secret", 4,
                Duration.ofSeconds(5));
    }

    @Override
    protected LeaseStore newStore() throws LeaseStoreException {
        return JdbcLeaseStore.open(h2Settings(directory));
    }

    @Override
    protected LeaseStore reopen() throws LeaseStoreException {
        return JdbcLeaseStore.open(h2Settings(directory));
    }
}
