package org.takahe.lease.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takahe.lease.LeaseStoreException;

class PostgresSchemaMigrationsTest {
    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        database.reset();
    }

    private static HikariDataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.settings().jdbcUrl());
        dataSource.setUsername(database.settings().user());
        return dataSource;
    }

    @Test
    void freshDatabaseIsBroughtToTheNewestVersionAndReopeningChangesNothing() throws Exception {
        JdbcLeaseStore.open(database.settings()).close();
        List<String> afterFirstOpen;
        try (Connection connection = database.connect()) {
            assertEquals(SchemaMigrations.ALL.size(), SchemaMigrations.currentVersion(connection));
            afterFirstOpen = SchemaMigrationsTest.appliedSteps(connection);
        }
        JdbcLeaseStore.open(database.settings()).close();
        try (Connection connection = database.connect()) {
            assertEquals(afterFirstOpen, SchemaMigrationsTest.appliedSteps(connection));
        }
    }

    @Test
    void databaseNewerThanTheCodeIsRefused() throws Exception {
        JdbcLeaseStore.open(database.settings()).close();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + SchemaMigrations.VERSION_TABLE + " VALUES ("
                    + (SchemaMigrations.ALL.size() + 1) + ", 'from the future', CURRENT_TIMESTAMP)");
        }
        LeaseStoreException e =
                assertThrows(LeaseStoreException.class, () -> JdbcLeaseStore.open(database.settings()));
        assertTrue(e.getMessage().contains("newer than version " + SchemaMigrations.ALL.size()), e.getMessage());
    }

    @Test
    void failedStepLeavesNothingBehind() throws Exception {
        JdbcLeaseStore.open(database.settings()).close();
        List<SchemaMigrations.Migration> withFailingStep = new ArrayList<>(SchemaMigrations.ALL);
        withFailingStep.add(new SchemaMigrations.Migration(SchemaMigrations.ALL.size() + 1, "failing_step"));
        try (HikariDataSource dataSource = dataSource()) {
            LeaseStoreException e = assertThrows(LeaseStoreException.class,
                    () -> new SchemaMigrations(SqlDialect.POSTGRESQL, withFailingStep).migrate(dataSource, "test"));
            assertTrue(e.getMessage().contains("no_such_column"), e.getMessage());
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertEquals(SchemaMigrations.ALL.size(), SchemaMigrations.currentVersion(connection));
            try (ResultSet rows = statement.executeQuery("SELECT to_regclass('failing_step') IS NOT NULL")) {
                rows.next();
                assertFalse(rows.getBoolean(1), "the failed step's table was rolled back");
            }
        }
    }
}
