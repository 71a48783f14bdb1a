package org.takahe.lease.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.takahe.lease.Lease;
import org.takahe.lease.Lease4;
import org.takahe.lease.Lease6;
import org.takahe.lease.LeaseFamily;
import org.takahe.lease.LeaseKey;

/**
 * One family's lease table and the statements the store runs on it, written once from its columns so the two
 * families share every query shape.
 *
 * @param <L> the lease record the table holds
 */
final class LeaseTable<L extends Lease> {

    /** Sets statement parameters from a lease or key, starting at a given index. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, int first, T value) throws SQLException;
    }

    /** Reads the current row. */
    @FunctionalInterface
    interface Reader<L> {
        L read(ResultSet row) throws SQLException;
    }

    static final LeaseTable<Lease4> V4 = new LeaseTable<>(Lease4.class, Lease4Rows.TABLE, Lease4Rows.COLUMNS,
        Lease4Rows.KEY, Lease4Rows.NULLABLE, Lease4Rows.EXPIRY_ORDER, Lease4Rows::bind, Lease4Rows::bindKey,
        Lease4Rows::read, Lease4Rows::stored);
    static final LeaseTable<Lease6> V6 = new LeaseTable<>(Lease6.class, Lease6Rows.TABLE, Lease6Rows.COLUMNS,
        Lease6Rows.KEY, Lease6Rows.NULLABLE, Lease6Rows.EXPIRY_ORDER, Lease6Rows::bind, Lease6Rows::bindKey,
        Lease6Rows::read, Lease6Rows::stored);

    private final Class<L> type;
    private final String table;
    private final List<String> columns;
    private final List<String> key;
    private final Binder<L> binder;
    private final Binder<LeaseKey> keyBinder;
    private final Reader<L> reader;
    private final UnaryOperator<L> stored;
    /** Every column; append a WHERE clause. */
    final String select;
    final String selectByKey;
    final String delete;
    /** Matches a row equal to the lease bound by {@link #bind}, nullable columns included. */
    final String deleteIfUnchanged;
    /** Parameters: the cutoff, then the limit. */
    final String selectExpired;

    private LeaseTable(Class<L> type, String name, List<String> columns, List<String> key, List<String> nullable,
            String expiryOrder, Binder<L> binder, Binder<LeaseKey> keyBinder, Reader<L> reader,
            UnaryOperator<L> stored) {
        this.type = type;
        this.table = name;
        this.columns = columns;
        this.key = key;
        this.binder = binder;
        this.keyBinder = keyBinder;
        this.reader = reader;
        this.stored = stored;
        this.select = "SELECT " + String.join(", ", columns) + " FROM " + name;
        String keyMatch = key.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        this.selectByKey = select + " WHERE " + keyMatch;
        this.delete = "DELETE FROM " + name + " WHERE " + keyMatch;
        this.deleteIfUnchanged = "DELETE FROM " + name + " WHERE " + columns.stream()
            .map(c -> nullable.contains(c) ? c + " IS NOT DISTINCT FROM ?" : c + " = ?")
            .collect(Collectors.joining(" AND "));
        this.selectExpired = select + " WHERE expires <= ? ORDER BY " + expiryOrder + " LIMIT ?";
    }

    static LeaseTable<? extends Lease> of(LeaseFamily family) {
        return switch (family) {
            case V4 -> V4;
            case V6 -> V6;
        };
    }

    static LeaseTable<? extends Lease> of(LeaseKey key) {
        return of(key.type().family());
    }

    String upsert(SqlDialect dialect) {
        return dialect.upsert(table, columns, key);
    }

    /** Binds {@code lease} (of this table's family) as stored, every column from {@code first} on. */
    void bind(PreparedStatement statement, int first, Lease lease) throws SQLException {
        binder.bind(statement, first, stored(lease));
    }

    void bindKey(PreparedStatement statement, int first, LeaseKey leaseKey) throws SQLException {
        keyBinder.bind(statement, first, leaseKey);
    }

    L read(ResultSet row) throws SQLException {
        return reader.read(row);
    }

    /** The lease as the table keeps it (times to the millisecond). */
    L stored(Lease lease) {
        return stored.apply(type.cast(lease));
    }
}
