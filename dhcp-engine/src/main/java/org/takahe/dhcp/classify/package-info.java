/**
 * Client classification: an expression language over packet fields, options and relay sub-options in the spirit
 * of Kea's, compiled once per configuration into an immutable tree of records and evaluated per packet. Knows the
 * wire format and nothing else of the engine, so configuration, exchange and host reservations can all use it.
 */
@NullMarked
package org.takahe.dhcp.classify;

import org.jspecify.annotations.NullMarked;
