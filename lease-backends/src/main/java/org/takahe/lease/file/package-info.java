/**
 * The embedded default lease back end: in-memory indexes over an append-only journal file,
 * replayed at start and compacted aside.
 */
@NullMarked
package org.takahe.lease.file;

import org.jspecify.annotations.NullMarked;
