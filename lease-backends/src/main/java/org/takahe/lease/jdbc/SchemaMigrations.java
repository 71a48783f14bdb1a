package org.takahe.lease.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.lease.LeaseMessages;
import org.takahe.lease.LeaseStoreException;

/**
 * Keeps the lease schema at the version this code needs: the steps already applied are rows of {@value
 * #VERSION_TABLE}; the missing ones run in order, in one transaction, each recorded as it is applied. A database
 * already at a version newer than this code knows is refused rather than used with a schema it does not
 * understand.
 *
 * <p>A step is the script {@code V<n>__<name>.sql} in this package's {@code migration/<dialect>/} resource
 * directory when the databases need different SQL, else in {@code migration/}. PostgreSQL runs DDL inside the
 * transaction, so a failed step leaves nothing behind; H2 commits each DDL statement itself, so scripts are
 * written to be re-runnable (IF NOT EXISTS).
 */
final class SchemaMigrations {
    static final String VERSION_TABLE = "takahe_schema_version";

    /** Every step, oldest first. Released steps are never edited: a change is a new step. */
    static final List<Migration> ALL = List.of(new Migration(1, "leases4"), new Migration(2, "leases6"));

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String RESOURCES = "/org/takahe/lease/jdbc/migration/";

    /** One schema step. */
    record Migration(int version, String name) {
        String fileName() {
            return "V" + version + "__" + name + ".sql";
        }
    }

    private final SqlDialect dialect;
    private final List<Migration> migrations;

    SchemaMigrations(SqlDialect dialect) {
        this(dialect, ALL);
    }

    /** With other steps than {@link #ALL}: for tests of upgrades. */
    SchemaMigrations(SqlDialect dialect, List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration versions must run 1, 2, 3...: " + migrations);
            }
        }
        this.dialect = dialect;
        this.migrations = List.copyOf(migrations);
    }

    int newestVersion() {
        return migrations.size();
    }

    /**
     * Brings the schema of {@code target} (named so in messages) up to {@link #newestVersion()}.
     *
     * @return the version the database had before
     * @throws LeaseStoreException if the database is newer than this code, or a step fails (nothing of a failed
     *         step is recorded as applied)
     */
    int migrate(DataSource dataSource, String target) throws LeaseStoreException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INTEGER NOT NULL "
                        + "PRIMARY KEY, name VARCHAR NOT NULL, applied TIMESTAMP(3) WITH TIME ZONE NOT NULL)");
            }
            connection.setAutoCommit(false);
            try {
                int found = migrateLocked(connection, target);
                connection.commit();
                return found;
            } catch (SQLException | LeaseStoreException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LeaseStoreException("cannot bring the lease schema of " + target + " to version "
                    + newestVersion() + ": " + e.getMessage(), e);
        }
    }

    private int migrateLocked(Connection connection, String target) throws SQLException, LeaseStoreException {
        if (dialect.migrationLockSql().isPresent()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(dialect.migrationLockSql().get());
            }
        }
        int current = currentVersion(connection);
        if (current > newestVersion()) {
            throw new LeaseStoreException("the lease database " + target + " has schema version " + current
                    + ", newer than version " + newestVersion() + " that this Takahe knows; use the Takahe"
                    + " release that upgraded it, or a newer one");
        }
        for (Migration migration : migrations.subList(current, migrations.size())) {
            apply(connection, migration);
            LeaseMessages.LEASE_SCHEMA_MIGRATED.log(LOG, target, migration.version(), migration.name());
        }
        return current;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script(migration))) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + VERSION_TABLE
                + " (version, name, applied) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            record.setInt(1, migration.version());
            record.setString(2, migration.name());
            record.executeUpdate();
        }
    }

    /** The step's script for this dialect: its own if it has one, else the shared one. */
    String script(Migration migration) {
        for (String path : List.of(RESOURCES + dialect.resourceDirectory() + "/" + migration.fileName(),
                RESOURCES + migration.fileName())) {
            try (InputStream in = SchemaMigrations.class.getResourceAsStream(path)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read lease schema script " + path, e);
            }
        }
        throw new IllegalStateException("no lease schema script " + migration.fileName() + " for " + dialect);
    }

    /** Splits a script at the semicolons ending its lines; lines starting with {@code --} are comments. */
    static List<String> statements(String script) {
        String withoutComments = String.join("\n",
                script.lines().filter(line -> !line.strip().startsWith("--")).toList());
        return Arrays.stream(withoutComments.split(";\\s*(\n|$)")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
