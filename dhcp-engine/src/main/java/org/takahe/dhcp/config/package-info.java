/** Immutable, typed configuration snapshots the engine serves from. No YANG or XML here. */
@NullMarked
package org.takahe.dhcp.config;

import org.jspecify.annotations.NullMarked;
