/**
 * The standard management modules about the server itself: RFC 6022 ietf-netconf-monitoring
 * (state and get-schema's sources), RFC 8525 ietf-yang-library with RFC 7895's modules-state, all
 * derived from the schema the server loaded and the live sessions and locks.
 */
@NullMarked
package org.takahe.netconf.monitoring;

import org.jspecify.annotations.NullMarked;
