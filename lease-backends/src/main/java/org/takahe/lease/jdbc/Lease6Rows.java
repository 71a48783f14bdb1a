package org.takahe.lease.jdbc;

import java.net.Inet6Address;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseKey;
import org.takahe.lease.LeaseType;

/**
 * How a {@link Lease6} maps to a row of the {@code lease6} table, and back. The address is kept as its two 64-bit
 * halves (signed, as SQL has no unsigned BIGINT), so a key lookup is four column comparisons.
 */
final class Lease6Rows {
    static final String TABLE = "lease6";
    static final List<String> KEY = List.of("lease_type", "address_high", "address_low", "prefix_length");
    /** In the order {@link #bind} sets them. */
    static final List<String> COLUMNS = List.of("lease_type", "address_high", "address_low", "prefix_length", "duid",
            "iaid", "hardware_address", "subnet_id", "allocated", "renewed", "preferred_until", "expires", "t1_ms",
            "t2_ms", "hostname");
    static final List<String> NULLABLE = List.of("hardware_address", "hostname");
    /**
     * {@link org.takahe.lease.Lease#BY_EXPIRY}: a half's sign comes first so the signed columns order as the
     * unsigned address does.
     */
    static final String EXPIRY_ORDER =
            "expires, lease_type, address_high < 0, address_high, address_low < 0, address_low, prefix_length";

    private Lease6Rows() {
    }

    /** The lease as the table keeps it: times and T1/T2 to the millisecond. */
    static Lease6 stored(Lease6 lease) {
        return new Lease6(lease.address(), lease.prefixLength(), lease.type(), lease.duid(), lease.iaid(),
                lease.hardwareAddress(), lease.subnetId(), Lease4Rows.millis(lease.allocated()),
                Lease4Rows.millis(lease.renewed()), Lease4Rows.millis(lease.preferredUntil()),
                Lease4Rows.millis(lease.expires()), lease.t1().truncatedTo(ChronoUnit.MILLIS),
                lease.t2().truncatedTo(ChronoUnit.MILLIS), lease.hostname());
    }

    /** Sets the parameters from {@code first} on to the lease's columns, in {@link #COLUMNS} order. */
    static void bind(PreparedStatement statement, int first, Lease6 lease) throws SQLException {
        bindKey(statement, first, lease.key());
        statement.setString(first + 4, lease.duid());
        statement.setLong(first + 5, lease.iaid());
        Lease4Rows.setOptional(statement, first + 6, lease.hardwareAddress());
        statement.setString(first + 7, lease.subnetId());
        statement.setObject(first + 8, Lease4Rows.timestamp(lease.allocated()));
        statement.setObject(first + 9, Lease4Rows.timestamp(lease.renewed()));
        statement.setObject(first + 10, Lease4Rows.timestamp(lease.preferredUntil()));
        statement.setObject(first + 11, Lease4Rows.timestamp(lease.expires()));
        statement.setLong(first + 12, lease.t1().toMillis());
        statement.setLong(first + 13, lease.t2().toMillis());
        Lease4Rows.setOptional(statement, first + 14, lease.hostname());
    }

    /** Sets the parameters from {@code first} on to the key's columns, in {@link #KEY} order. */
    static void bindKey(PreparedStatement statement, int first, LeaseKey key) throws SQLException {
        statement.setString(first, key.type().name().toLowerCase(Locale.ROOT));
        statement.setLong(first + 1, key.high());
        statement.setLong(first + 2, key.low());
        statement.setInt(first + 3, key.prefixLength());
    }

    static Lease6 read(ResultSet row) throws SQLException {
        LeaseKey key;
        try {
            key = new LeaseKey(LeaseType.valueOf(row.getString(1).toUpperCase(Locale.ROOT)), row.getLong(2),
                    row.getLong(3), row.getInt(4));
        } catch (IllegalArgumentException e) {
            throw new SQLException("unreadable DHCPv6 lease key: " + e.getMessage(), e);
        }
        return new Lease6((Inet6Address) key.address(), key.prefixLength(), key.type(), row.getString(5),
                row.getLong(6), Optional.ofNullable(row.getString(7)), row.getString(8), Lease4Rows.instant(row, 9),
                Lease4Rows.instant(row, 10), Lease4Rows.instant(row, 11), Lease4Rows.instant(row, 12),
                Duration.ofMillis(row.getLong(13)), Duration.ofMillis(row.getLong(14)),
                Optional.ofNullable(row.getString(15)));
    }
}
