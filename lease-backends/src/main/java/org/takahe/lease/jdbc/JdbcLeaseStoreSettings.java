package org.takahe.lease.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the lease database.
 *
 * @param jdbcUrl e.g. {@code jdbc:h2:file:/var/lib/takahe/leases} or {@code jdbc:postgresql://db:5432/takahe};
 *        its prefix chooses the {@link SqlDialect}
 * @param user the database user
 * @param password the user's password, empty when the database needs none; never logged nor shown by
 *        {@link #toString()}
 * @param poolSize the most connections held open at once
 * @param connectionTimeout how long an operation waits for a connection before it fails
 */
public record JdbcLeaseStoreSettings(String jdbcUrl, String user, String password, int poolSize,
        Duration connectionTimeout) {
    /** HikariCP refuses shorter waits. */
    static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public JdbcLeaseStoreSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        SqlDialect.forUrl(jdbcUrl);
        if (poolSize < 1) {
            throw new IllegalArgumentException("lease database pool size must be at least 1, not " + poolSize);
        }
        if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("lease database connection timeout must be at least "
                    + MIN_CONNECTION_TIMEOUT.toMillis() + " ms, not " + connectionTimeout.toMillis() + " ms");
        }
    }

    public SqlDialect dialect() {
        return SqlDialect.forUrl(jdbcUrl);
    }

    /**
     * The URL without its parameters (after {@code ?} or {@code ;}), which may carry a password: what log
     * messages and errors name the database by.
     */
    public String target() {
        int end = jdbcUrl.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = jdbcUrl.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return jdbcUrl.substring(0, end);
    }

    @Override
    public String toString() {
        return "JdbcLeaseStoreSettings[target=" + target() + ", user=" + user + ", password=" + (password.isEmpty()
                ? "(none)" : "(set)") + ", poolSize=" + poolSize + ", connectionTimeout=" + connectionTimeout + "]";
    }
}
