/**
 * The database lease back ends (H2 embedded, PostgreSQL): one store over JDBC and a HikariCP pool, the few SQL
 * differences in {@link org.takahe.lease.jdbc.SqlDialect}, the schema kept by {@link
 * org.takahe.lease.jdbc.SchemaMigrations}.
 */
@NullMarked
package org.takahe.lease.jdbc;

import org.jspecify.annotations.NullMarked;
