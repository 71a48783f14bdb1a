/**
 * The NETCONF agent: an SSH server whose "netconf" subsystem speaks RFC 6241 over RFC 6242
 * framing to the configuration datastores.
 */
@NullMarked
package org.takahe.netconf;

import org.jspecify.annotations.NullMarked;
