package org.takahe.lease.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseType;
import org.takahe.lease.LeaseStoreException;

/** The schema runner on H2; {@link PostgresSchemaMigrationsTest} runs the PostgreSQL-specific cases. */
class SchemaMigrationsTest {
    @TempDir
    Path directory;

    private JdbcLeaseStoreSettings settings() {
        return H2JdbcLeaseStoreTest.h2Settings(directory);
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(settings().jdbcUrl());
        dataSource.setUser(settings().user());
        dataSource.setPassword(settings().password());
        return dataSource;
    }

    static List<String> appliedSteps(Connection connection) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT version, name, applied FROM " + SchemaMigrations.VERSION_TABLE + " ORDER BY version")) {
            while (rows.next()) {
                steps.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return steps;
    }

    @Test
    void freshDatabaseIsBroughtToTheNewestVersionAndReopeningChangesNothing() throws Exception {
        JdbcLeaseStore.open(settings()).close();
        List<String> afterFirstOpen;
        try (Connection connection = dataSource().getConnection()) {
            assertEquals(SchemaMigrations.ALL.size(), SchemaMigrations.currentVersion(connection));
            afterFirstOpen = appliedSteps(connection);
        }
        assertEquals(SchemaMigrations.ALL.size(), afterFirstOpen.size());

        JdbcLeaseStore.open(settings()).close();

        try (Connection connection = dataSource().getConnection()) {
            assertEquals(afterFirstOpen, appliedSteps(connection), "a second open applies nothing");
        }
    }

    @Test
    void databaseNewerThanTheCodeIsRefused() throws Exception {
        JdbcLeaseStore.open(settings()).close();
        int newer = SchemaMigrations.ALL.size() + 1;
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + SchemaMigrations.VERSION_TABLE + " VALUES (" + newer
                    + ", 'from the future', CURRENT_TIMESTAMP)");
        }
        LeaseStoreException e = assertThrows(LeaseStoreException.class, () -> JdbcLeaseStore.open(settings()));
        assertTrue(e.getMessage().contains("schema version " + newer), e.getMessage());
        assertTrue(e.getMessage().contains("newer than version " + SchemaMigrations.ALL.size()), e.getMessage());
    }

    @Test
    void upgradeAppliesOnlyTheMissingStepsInOrderAndKeepsTheLeases() throws Exception {
        Lease4 kept;
        try (JdbcLeaseStore store = JdbcLeaseStore.open(settings())) {
            kept = new Lease4(Inet4Address.ofLiteral("198.18.0.10"), "52:54:00:00:00:01", Optional.of("01aa"), "subnet-1",
                    Instant.parse("2025-03-01T10:00:00.123Z"), Instant.parse("2025-03-01T10:00:00.123Z"),
                    Instant.parse("2025-03-01T11:00:00.123Z"), Optional.of("host"));
            store.commit(kept);
        }
        List<SchemaMigrations.Migration> withTestStep = new ArrayList<>(SchemaMigrations.ALL);
        withTestStep.add(new SchemaMigrations.Migration(SchemaMigrations.ALL.size() + 1, "test_step"));
        SchemaMigrations upgraded = new SchemaMigrations(SqlDialect.H2, withTestStep);

        assertEquals(SchemaMigrations.ALL.size(), upgraded.migrate(dataSource(), "test"));

        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(withTestStep.size(), SchemaMigrations.currentVersion(connection));
            // The H2 copy of the test step, not the shared one: a dialect's own script wins.
            try (ResultSet rows = statement.executeQuery("SELECT note FROM test_step")) {
                assertTrue(rows.next());
                assertEquals("h2", rows.getString(1));
            }
        }
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(LeaseTable.V4.select)) {
            assertTrue(rows.next());
            assertEquals(kept, LeaseTable.V4.read(rows));
            assertFalse(rows.next());
        }
    }

    /** A database created when there were only IPv4 leases gains the DHCPv6 table and keeps what it had. */
    @Test
    void databaseOfTheFirstVersionIsUpgradedForDhcpv6LeasesAndKeepsItsLeases() throws Exception {
        Lease4 kept = new Lease4(Inet4Address.ofLiteral("198.18.0.10"), "52:54:00:00:00:01", Optional.empty(),
                "subnet-1", Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"),
                Instant.parse("2025-03-01T11:00:00Z"), Optional.empty());
        new SchemaMigrations(SqlDialect.H2, SchemaMigrations.ALL.subList(0, 1)).migrate(dataSource(), "test");
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(LeaseTable.V4.upsert(SqlDialect.H2))) {
            LeaseTable.V4.bind(insert, 1, kept);
            insert.executeUpdate();
        }

        try (JdbcLeaseStore store = JdbcLeaseStore.open(settings())) {
            Lease6 added = new Lease6((Inet6Address) InetAddress.ofLiteral("2001:db8::10"), 128, LeaseType.NA,
                    "0001aa", 1, Optional.empty(), "range-1", kept.allocated(), kept.renewed(), kept.expires(),
                    kept.expires(), Duration.ofMinutes(15), Duration.ofMinutes(24), Optional.empty());
            store.commit(added);
            assertEquals(Set.of(kept, added), Set.copyOf(store.all()));
        }
        try (Connection connection = dataSource().getConnection()) {
            assertEquals(SchemaMigrations.ALL.size(), SchemaMigrations.currentVersion(connection));
        }
    }

    @Test
    void everyStepHasAScriptForEveryDialect() {
        for (SqlDialect dialect : SqlDialect.values()) {
            SchemaMigrations migrations = new SchemaMigrations(dialect);
            for (SchemaMigrations.Migration step : SchemaMigrations.ALL) {
                assertTrue(!SchemaMigrations.statements(migrations.script(step)).isEmpty(), step + " " + dialect);
            }
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"),
                SchemaMigrations.statements("-- a table\nCREATE TABLE a (x INT);\n\n  -- its index\n"
                        + "CREATE INDEX i ON a (x);\n"));
    }
}
