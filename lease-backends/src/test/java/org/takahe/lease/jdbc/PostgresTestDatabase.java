package org.takahe.lease.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL server the tests use (127.0.0.1:5432, user postgres, trust
 * authentication), dropped by {@link #close()}. An unreachable server fails the test: it is never skipped.
 */
final class PostgresTestDatabase implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    static PostgresTestDatabase create() {
        String name = "takahe_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("the PostgreSQL lease store tests need a PostgreSQL server on 127.0.0.1:5432"
                    + " accepting user postgres without password: " + e.getMessage(), e);
        }
        return new PostgresTestDatabase(name);
    }

    JdbcLeaseStoreSettings settings() {
        return new JdbcLeaseStoreSettings(SERVER + name, USER, "", 4, Duration.ofSeconds(5));
    }

    /** A connection of the test's own, outside the store's pool. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + name, USER, "");
    }

    /** Empties the database: every table in it gone. */
    void reset() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    /** Ends every session on the database but this test's own: what a database restart does to the pool. */
    void terminateSessions() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
