package org.takahe.lease.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.lease.Lease;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseMessages;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.LeaseStoreReadException;
import org.takahe.lease.LeaseType;
import org.takahe.lease.OwnerKey;

/**
 * Leases in a database (H2 or PostgreSQL, per {@link SqlDialect}), a table per family, reached through a HikariCP
 * pool. Every call is one statement in autocommit, so a change is committed (durable, per the dialect) when its
 * method returns, and concurrent servers sharing the database see each other's leases at once. A failed call fails
 * alone: the pool drops a broken connection and the next call gets a fresh one. Failed reads throw {@link
 * LeaseStoreReadException}.
 *
 * <p>Times are kept to the millisecond, so a lease reads back as {@link LeaseTable#stored} made it.
 */
public final class JdbcLeaseStore implements LeaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcLeaseStore.class);
    private static final String BY_HARDWARE_ADDRESS = LeaseTable.V4.select + " WHERE hardware_address = ?";
    private static final String BY_CLIENT_ID = LeaseTable.V4.select + " WHERE client_id = ?";
    private static final String BY_IA = LeaseTable.V6.select + " WHERE duid = ? AND iaid = ? AND lease_type = ?";
    private static final String BY_DUID = LeaseTable.V6.select + " WHERE duid = ?";

    private final HikariDataSource pool;
    private final String target;
    private final SqlDialect dialect;
    private volatile boolean closed;

    private JdbcLeaseStore(HikariDataSource pool, String target, SqlDialect dialect) {
        this.pool = pool;
        this.target = target;
        this.dialect = dialect;
    }

    /**
     * Connects, and creates or upgrades the schema.
     *
     * @throws LeaseStoreException if the database cannot be reached, or its schema is newer than this code, or
     *         cannot be upgraded
     */
    public static JdbcLeaseStore open(JdbcLeaseStoreSettings settings) throws LeaseStoreException {
        SqlDialect dialect = settings.dialect();
        String target = settings.target();
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings, dialect));
        } catch (RuntimeException e) {
            throw new LeaseStoreException("cannot connect to lease database " + target + " as user '"
                    + settings.user() + "': " + innermostMessage(e), e);
        }
        try {
            SchemaMigrations migrations = new SchemaMigrations(dialect);
            int before = migrations.migrate(pool, target);
            LeaseMessages.LEASE_DATABASE_OPENED.log(LOG, dialect, target, migrations.newestVersion(), before,
                    settings.poolSize());
            return new JdbcLeaseStore(pool, target, dialect);
        } catch (LeaseStoreException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(JdbcLeaseStoreSettings settings, SqlDialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("takahe-leases");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        // Hikari wants the liveness check to fit in the wait for a connection.
        config.setValidationTimeout(
                Math.min(settings.connectionTimeout().toMillis(), Duration.ofSeconds(5).toMillis()));
        config.setAutoCommit(true);
        dialect.connectionInitSql().ifPresent(config::setConnectionInitSql);
        return config;
    }

    @Override
    public Optional<Lease> find(LeaseKey key) {
        LeaseTable<? extends Lease> table = LeaseTable.of(key);
        return read("read the lease on " + key, connection -> {
            try (PreparedStatement query = connection.prepareStatement(table.selectByKey)) {
                table.bindKey(query, 1, key);
                List<Lease> found = list(query, table);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
            }
        });
    }

    @Override
    public List<Lease> findByOwner(OwnerKey owner) {
        return read("read the leases of " + owner, connection -> switch (owner) {
            case OwnerKey.HardwareAddress(String hardwareAddress) ->
                query(connection, BY_HARDWARE_ADDRESS, LeaseTable.V4, hardwareAddress);
            case OwnerKey.ClientId(String clientId) -> query(connection, BY_CLIENT_ID, LeaseTable.V4, clientId);
            case OwnerKey.Duid(String duid) -> query(connection, BY_DUID, LeaseTable.V6, duid);
            case OwnerKey.Ia(String duid, long iaid, LeaseType type) -> {
                try (PreparedStatement query = connection.prepareStatement(BY_IA)) {
                    query.setString(1, duid);
                    query.setLong(2, iaid);
                    query.setString(3, type.name().toLowerCase(Locale.ROOT));
                    yield list(query, LeaseTable.V6);
                }
            }
        });
    }

    @Override
    public void commit(Lease lease) throws LeaseStoreException {
        LeaseTable<? extends Lease> table = LeaseTable.of(lease.family());
        run("store the lease on " + lease.key(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(table.upsert(dialect))) {
                table.bind(statement, 1, lease);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void delete(LeaseKey key) throws LeaseStoreException {
        LeaseTable<? extends Lease> table = LeaseTable.of(key);
        run("delete the lease on " + key, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(table.delete)) {
                table.bindKey(statement, 1, key);
                return statement.executeUpdate();
            }
        });
    }

    /** One statement matching every column, so a change committed meanwhile (by any server) is never removed. */
    @Override
    public boolean deleteIfUnchanged(Lease expected) throws LeaseStoreException {
        LeaseTable<? extends Lease> table = LeaseTable.of(expected.family());
        return run("delete the lease on " + expected.key(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(table.deleteIfUnchanged)) {
                table.bind(statement, 1, expected);
                return statement.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Collection<Lease> all() {
        return read("read all leases", connection -> {
            List<Lease> leases = new ArrayList<>();
            for (LeaseFamily family : LeaseFamily.values()) {
                LeaseTable<? extends Lease> table = LeaseTable.of(family);
                try (PreparedStatement query = connection.prepareStatement(table.select)) {
                    leases.addAll(list(query, table));
                }
            }
            return leases;
        });
    }

    @Override
    public List<Lease> findExpired(LeaseFamily family, Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        LeaseTable<? extends Lease> table = LeaseTable.of(family);
        return read("read expired leases", connection -> {
            try (PreparedStatement query = connection.prepareStatement(table.selectExpired)) {
                query.setObject(1, Lease4Rows.timestamp(cutoff));
                query.setInt(2, limit);
                return list(query, table);
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        pool.close();
    }

    /** Work done on one pooled connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(String what, SqlWork<T> work) throws LeaseStoreException {
        if (closed) {
            throw new LeaseStoreException("cannot " + what + ": the lease store on " + target + " is closed");
        }
        try (Connection connection = pool.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            if (isConnectionLost(e) && pool.getHikariPoolMXBean() != null) {
                // A database restart ends every session at once: the idle connections are as dead as this one,
                // and each would fail a call of its own before the pool noticed.
                pool.getHikariPoolMXBean().softEvictConnections();
            }
            LeaseMessages.LEASE_DATABASE_FAILED.log(LOG, target, what, e.getMessage());
            throw new LeaseStoreException("lease database " + target + " could not " + what + ": " + e.getMessage(),
                    e);
        }
    }

    private <T> T read(String what, SqlWork<T> work) {
        try {
            return run(what, work);
        } catch (LeaseStoreException e) {
            throw new LeaseStoreReadException(e);
        }
    }

    private static List<Lease> query(Connection connection, String sql, LeaseTable<? extends Lease> table,
            String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            return list(query, table);
        }
    }

    private static List<Lease> list(PreparedStatement query, LeaseTable<? extends Lease> table) throws SQLException {
        List<Lease> leases = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                leases.add(table.read(rows));
            }
        }
        return leases;
    }

    /** SQL states of a connection that is gone (class 08) or was ended by the server (57P01 to 57P03). */
    private static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static String innermostMessage(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return String.valueOf(innermost.getMessage());
    }
}
