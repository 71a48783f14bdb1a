/**
 * Kea's memfile lease file format ({@code kea-leases4.csv}), read and written so leases can move between Kea and
 * Takahe in both directions.
 */
@NullMarked
package org.takahe.lease.csv;

import org.jspecify.annotations.NullMarked;
