package org.takahe.lease.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What differs between the databases the JDBC lease store runs on; everything else is shared SQL. */
public enum SqlDialect {
    /**
     * H2 embedded. A zero write delay makes each commit reach the file (the operating system) before it
     * returns; H2 does not sync the file on every commit, so a power cut may still lose the last commits.
     */
    H2("h2", "jdbc:h2:", Optional.of("SET WRITE_DELAY 0"), Optional.empty()),
    /**
     * PostgreSQL. Synchronous commit is forced for our sessions whatever the server's default: a commit
     * returns once its WAL is flushed. Migrations lock the version table, so two servers starting at once
     * against one database do not both upgrade it.
     */
    POSTGRESQL("postgresql", "jdbc:postgresql:", Optional.of("SET synchronous_commit = on"),
            Optional.of("LOCK TABLE " + SchemaMigrations.VERSION_TABLE + " IN SHARE ROW EXCLUSIVE MODE"));

    private final String resourceDirectory;
    private final String urlPrefix;
    private final Optional<String> connectionInitSql;
    private final Optional<String> migrationLockSql;

    SqlDialect(String resourceDirectory, String urlPrefix, Optional<String> connectionInitSql,
            Optional<String> migrationLockSql) {
        this.resourceDirectory = resourceDirectory;
        this.urlPrefix = urlPrefix;
        this.connectionInitSql = connectionInitSql;
        this.migrationLockSql = migrationLockSql;
    }

    /** @throws IllegalArgumentException if the URL names a database the lease store does not support */
    public static SqlDialect forUrl(String jdbcUrl) {
        for (SqlDialect dialect : values()) {
            if (jdbcUrl.startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unsupported lease database URL (expected one starting with "
                + List.of(values()).stream().map(d -> d.urlPrefix).collect(Collectors.joining(" or ")) + ")");
    }

    /** Where this dialect's own migration scripts are, for the steps that cannot be written once for all. */
    String resourceDirectory() {
        return resourceDirectory;
    }

    /** Run on every new pooled connection. */
    Optional<String> connectionInitSql() {
        return connectionInitSql;
    }

    /** Run first in the migration transaction to keep other processes out until it ends. */
    Optional<String> migrationLockSql() {
        return migrationLockSql;
    }

    /** Inserts a row or, if one with the same {@code key} exists, replaces its other columns, in one statement. */
    String upsert(String table, List<String> columns, List<String> key) {
        String names = String.join(", ", columns);
        String keyNames = String.join(", ", key);
        String values = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return switch (this) {
            case H2 -> "MERGE INTO " + table + " (" + names + ") KEY (" + keyNames + ") VALUES (" + values + ")";
            case POSTGRESQL -> "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") ON CONFLICT ("
                    + keyNames + ") DO UPDATE SET " + columns.stream().filter(c -> !key.contains(c))
                            .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        };
    }
}
