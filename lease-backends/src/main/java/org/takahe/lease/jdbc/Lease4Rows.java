package org.takahe.lease.jdbc;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.takahe.lease.Lease4;
import org.takahe.lease.LeaseKey;

/** How a {@link Lease4} maps to a row of the {@code lease4} table, and back. */
final class Lease4Rows {
    static final String TABLE = "lease4";
    static final List<String> KEY = List.of("address");
    /** In the order {@link #bind} sets them. */
    static final List<String> COLUMNS = List.of("address", "hardware_address", "client_id", "subnet_id", "allocated",
            "renewed", "expires", "hostname");
    static final List<String> NULLABLE = List.of("client_id", "hostname");
    /** {@link org.takahe.lease.Lease#BY_EXPIRY}; the address column is the unsigned address. */
    static final String EXPIRY_ORDER = "expires, address";

    private Lease4Rows() {
    }

    /** The lease as the table keeps it: times to the millisecond, the column precision. */
    static Lease4 stored(Lease4 lease) {
        return new Lease4(lease.address(), lease.hardwareAddress(), lease.clientId(), lease.subnetId(),
                millis(lease.allocated()), millis(lease.renewed()), millis(lease.expires()), lease.hostname());
    }

    /** Sets the parameters from {@code first} on to the lease's columns, in {@link #COLUMNS} order. */
    static void bind(PreparedStatement statement, int first, Lease4 lease) throws SQLException {
        statement.setLong(first, addressValue(lease.address()));
        statement.setString(first + 1, lease.hardwareAddress());
        setOptional(statement, first + 2, lease.clientId());
        statement.setString(first + 3, lease.subnetId());
        statement.setObject(first + 4, timestamp(lease.allocated()));
        statement.setObject(first + 5, timestamp(lease.renewed()));
        statement.setObject(first + 6, timestamp(lease.expires()));
        setOptional(statement, first + 7, lease.hostname());
    }

    static Lease4 read(ResultSet row) throws SQLException {
        return new Lease4(address(row.getLong(1)), row.getString(2), Optional.ofNullable(row.getString(3)),
                row.getString(4), instant(row, 5), instant(row, 6), instant(row, 7),
                Optional.ofNullable(row.getString(8)));
    }

    static long addressValue(Inet4Address address) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(address.getAddress()).getInt());
    }

    /** Sets the parameter {@code first} to the key's column. */
    static void bindKey(PreparedStatement statement, int first, LeaseKey key) throws SQLException {
        statement.setLong(first, key.low());
    }

    private static Inet4Address address(long value) throws SQLException {
        try {
            return (Inet4Address) InetAddress.getByAddress(ByteBuffer.allocate(4).putInt((int) value).array());
        } catch (UnknownHostException e) {
            throw new SQLException("unreadable lease address " + value, e);
        }
    }

    static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(millis(instant), ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
