package org.takahe.lease.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.Inet4Address;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseMessages;
import org.takahe.lease.LeaseStore;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.LeaseStoreReadException;

/**
 * Leases in a database (H2 or PostgreSQL, per {@link SqlDialect}), reached through a HikariCP pool. Every call is
 * one statement in autocommit, so a change is committed (durable, per the dialect) when its method returns, and
 * concurrent servers sharing the database see each other's leases at once. A failed call fails alone: the pool
 * drops a broken connection and the next call gets a fresh one. Failed reads throw {@link
 * LeaseStoreReadException}.
 *
 * <p>Times are kept to the millisecond, so a lease reads back as {@link Lease4Rows#stored} made it.
 */
public final class JdbcLeaseStore implements LeaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcLeaseStore.class);
    private static final String BY_ADDRESS = Lease4Rows.SELECT + " WHERE address = ?";
    private static final String BY_CLIENT_ID =
            Lease4Rows.SELECT + " WHERE client_id = ? ORDER BY renewed DESC, address LIMIT 1";
    private static final String BY_HARDWARE_ADDRESS_LATEST =
            Lease4Rows.SELECT + " WHERE hardware_address = ? ORDER BY renewed DESC, address LIMIT 1";
    private static final String BY_HARDWARE_ADDRESS = Lease4Rows.SELECT + " WHERE hardware_address = ?";
    private static final String EXPIRED = Lease4Rows.SELECT + " WHERE expires <= ? ORDER BY expires, address LIMIT ?";
    private static final String DELETE = "DELETE FROM " + Lease4Rows.TABLE + " WHERE address = ?";
    private static final String DELETE_IF_UNCHANGED =
            "DELETE FROM " + Lease4Rows.TABLE + " WHERE " + Lease4Rows.EQUALS_ALL;

    private final HikariDataSource pool;
    private final String target;
    private final String upsert;
    private volatile boolean closed;

    private JdbcLeaseStore(HikariDataSource pool, String target, SqlDialect dialect) {
        this.pool = pool;
        this.target = target;
        this.upsert = dialect.upsert(Lease4Rows.TABLE, Lease4Rows.COLUMNS, Lease4Rows.KEY);
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
    public Optional<Lease4> findByAddress(Inet4Address address) {
        return read("read the lease on " + address.getHostAddress(), connection -> {
            try (PreparedStatement query = connection.prepareStatement(BY_ADDRESS)) {
                query.setLong(1, Lease4Rows.addressValue(address));
                return first(query);
            }
        });
    }

    @Override
    public Optional<Lease4> findByClient(String hardwareAddress, Optional<String> clientId) {
        return read("read the lease of client " + hardwareAddress, connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement(clientId.isPresent() ? BY_CLIENT_ID : BY_HARDWARE_ADDRESS_LATEST)) {
                query.setString(1, clientId.orElse(hardwareAddress));
                return first(query);
            }
        });
    }

    @Override
    public void commit(Lease4 lease) throws LeaseStoreException {
        run("store the lease on " + lease.address().getHostAddress(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                Lease4Rows.bind(statement, 1, Lease4Rows.stored(lease));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void delete(Inet4Address address) throws LeaseStoreException {
        run("delete the lease on " + address.getHostAddress(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
                statement.setLong(1, Lease4Rows.addressValue(address));
                return statement.executeUpdate();
            }
        });
    }

    /** One statement matching every column, so a change committed meanwhile (by any server) is never removed. */
    @Override
    public boolean deleteIfUnchanged(Lease4 expected) throws LeaseStoreException {
        return run("delete the lease on " + expected.address().getHostAddress(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(DELETE_IF_UNCHANGED)) {
                Lease4Rows.bind(statement, 1, Lease4Rows.stored(expected));
                return statement.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Collection<Lease4> all() {
        return read("read all leases", connection -> {
            try (PreparedStatement query = connection.prepareStatement(Lease4Rows.SELECT)) {
                return list(query);
            }
        });
    }

    @Override
    public List<Lease4> findExpired(Instant cutoff, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return read("read expired leases", connection -> {
            try (PreparedStatement query = connection.prepareStatement(EXPIRED)) {
                query.setObject(1, Lease4Rows.timestamp(cutoff));
                query.setInt(2, limit);
                return list(query);
            }
        });
    }

    @Override
    public List<Lease4> findAllByHardwareAddress(String hardwareAddress) {
        return read("read the leases of hardware address " + hardwareAddress, connection -> {
            try (PreparedStatement query = connection.prepareStatement(BY_HARDWARE_ADDRESS)) {
                query.setString(1, hardwareAddress);
                return list(query);
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

    private static Optional<Lease4> first(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(Lease4Rows.read(rows)) : Optional.empty();
        }
    }

    private static List<Lease4> list(PreparedStatement query) throws SQLException {
        List<Lease4> leases = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                leases.add(Lease4Rows.read(rows));
            }
        }
        return leases;
    }

    private static String innermostMessage(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return String.valueOf(innermost.getMessage());
    }
}
